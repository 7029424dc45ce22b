package vn.boiduong.organization;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.boiduong.shared.NavigationEntry;

/**
 * The organization module's menu entry for the administrator's reorganization page, and its one timed
 * job: the moves a reorganization scheduled for a later day ({@link PendingMoves}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OrganizationConfiguration {

	@Bean
	NavigationEntry reorganizationNavigationEntry() {
		return new NavigationEntry(90, "/admin/units/reorganize", "nav.admin.reorganize", List.of("ROLE_ADMIN"));
	}

}
