package vn.boiduong.curriculum;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.boiduong.shared.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class CurriculumNavigation {

	@Bean
	NavigationEntry curriculumNavigationEntry() {
		return new NavigationEntry(30, "/curriculum", "nav.curriculum", List.of());
	}

}
