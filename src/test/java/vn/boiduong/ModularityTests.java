package vn.boiduong;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules of DESIGN §7 keep to their boundaries: no module reaches into another's internals. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(BoiduongApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		MODULES.verify();
	}

	@Test
	void foundationModulesAreDetected() {
		assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
			.contains("organization", "identity", "audit", "dashboard", "demo", "shared");
	}

	@Test
	void moduleDocumentationIsWrittenToTarget() {
		String folder = "target/spring-modulith-docs";
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder)).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		assertThat(Path.of(folder, "components.puml")).satisfies(p -> assertThat(Files.size(p)).isPositive());
	}

}
