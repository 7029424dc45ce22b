package vn.boiduong.course;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import vn.boiduong.BoiduongApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** The course module keeps to the module rules: it uses other modules only through their APIs. */
class CourseModuleStructureTests {

	@Test
	void theModulesStayVerifiableWithTheCourseModule() {
		ApplicationModules modules = ApplicationModules.of(BoiduongApplication.class);
		modules.verify();
		assertThat(modules.getModuleByName("course")).map(ApplicationModule::getDisplayName).isPresent();
	}

}
