package vn.boiduong;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Compose file of the README: no secret has a known default to fall back to. */
class DockerComposeTests {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_]+)(:?[-?+]?)([^}]*)}");

	@Test
	void composeRefusesToStartWithoutThePasswordsInTheEnvFile() throws IOException {
		String compose = Files.readString(Path.of("docker-compose.yml"));
		Matcher matcher = VARIABLE.matcher(compose);
		int secrets = 0;
		while (matcher.find()) {
			String name = matcher.group(1);
			if (name.contains("PASSWORD") || name.equals("APP_ADMIN_USERNAME")) {
				secrets++;
				assertThat(matcher.group(2)).as("%s must be required (${%s:?message}), not defaulted", name, name)
					.isEqualTo(":?");
				assertThat(matcher.group(3)).as("the message of %s", name).isNotBlank();
			}
		}
		assertThat(secrets).as("DB_PASSWORD (twice), APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD").isEqualTo(4);
	}

}
