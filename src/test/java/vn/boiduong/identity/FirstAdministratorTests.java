package vn.boiduong.identity;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.boiduong.BoiduongApplication;
import vn.boiduong.support.TestDatabaseConfiguration;
import vn.boiduong.support.TestDatabaseConfiguration.Database;
import vn.boiduong.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A production start (an external PostgreSQL, no demo data): on an empty database the first
 * administrator comes from APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD, and without them the
 * application refuses to start. Each test starts the application on a database of its own.
 */
class FirstAdministratorTests {

	@Test
	void anEmptyProductionDatabaseWithoutAnAdministratorIsRefused() {
		Database database = TestDatabaseConfiguration.freshDatabase("first_admin_missing");

		assertThatThrownBy(() -> start(database, "--app.admin.username=", "--app.admin.password=").close())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("APP_ADMIN_USERNAME")
			.hasMessageContaining("APP_ADMIN_PASSWORD");
	}

	@Test
	void theFirstAdministratorIsCreatedFromTheSettingsAndCanSignIn() {
		Database database = TestDatabaseConfiguration.freshDatabase("first_admin_given");

		try (ConfigurableApplicationContext app = start(database, "--app.admin.username=quantri",
				"--app.admin.password=mat-khau-quan-tri", "--app.admin.root-unit-name=Tỉnh ủy Thử Nghiệm")) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList("select username from user_account", String.class)).containsExactly("quantri");
			assertThat(jdbc.queryForList("select name from org_unit", String.class)).containsExactly("Tỉnh ủy Thử Nghiệm");
			assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'anphu.tuyengiao'",
					Long.class)).as("no demo data in production").isZero();

			WebSession browser = new WebSession(port(app));
			HttpResponse<String> signIn = browser.signIn("quantri", "mat-khau-quan-tri");
			URI target = URI.create(signIn.headers().firstValue("Location").orElseThrow());
			assertThat(target.getPath()).isEqualTo("/");
			assertThat(target.getQuery()).isNull();

			HttpResponse<String> home = browser.get("/");
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains("Việc cần làm", "Quản trị hệ thống", "Tỉnh ủy Thử Nghiệm");
			assertThat(browser.get("/admin/users").statusCode()).as("the administrator pages are open to them")
				.isNotEqualTo(403);
		}
	}

	@Test
	void onceAnAccountExistsTheAdministratorSettingsAreNoLongerNeeded() {
		Database database = TestDatabaseConfiguration.freshDatabase("first_admin_restart");
		start(database, "--app.admin.username=quantri", "--app.admin.password=mat-khau-quan-tri").close();

		try (ConfigurableApplicationContext app = start(database, "--app.admin.username=", "--app.admin.password=")) {
			assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from user_account", Long.class))
				.isEqualTo(1);
		}
	}

	private static ConfigurableApplicationContext start(Database database, String... settings) {
		// Command-line arguments win over application.properties, as environment variables would.
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--app.demo-data.enabled=false"));
		args.addAll(List.of(settings));
		return new SpringApplicationBuilder(BoiduongApplication.class).run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext app) {
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "0"));
	}

}
