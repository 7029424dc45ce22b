package vn.boiduong.learner;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.boiduong.shared.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class LearnerConfiguration {

	@Bean
	NavigationEntry learnerNavigationEntry() {
		return new NavigationEntry(25, "/learners", "nav.learners",
				LearnerAccess.READERS.stream().map(vn.boiduong.identity.Role::authority).toList());
	}

}
