package vn.boiduong.course;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.boiduong.shared.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class CourseConfiguration {

	@Bean
	NavigationEntry coursesNavigation() {
		return new NavigationEntry(20, "/courses", "nav.courses", List.of());
	}

}
