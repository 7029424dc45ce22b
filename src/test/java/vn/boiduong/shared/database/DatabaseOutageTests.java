package vn.boiduong.shared.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import vn.boiduong.BoiduongApplication;
import vn.boiduong.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A database outage is seen at once: the application runs on a PostgreSQL of its own, which the test
 * stops and starts again. While it is down, pages get the 503 page within 2 s and readiness is DOWN;
 * when it returns, the application recovers by itself. Waiting for a free pooled connection under load
 * is not an outage.
 */
class DatabaseOutageTests {

	private static final Duration WITHIN = Duration.ofSeconds(2);

	private Path dataDirectory;

	private int databasePort;

	private EmbeddedPostgres database;

	private ConfigurableApplicationContext app;

	@BeforeEach
	void startTheApplicationOnADatabaseOfItsOwn() throws IOException {
		this.dataDirectory = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()),
				"outage-postgres-");
		try (ServerSocket socket = new ServerSocket(0)) {
			this.databasePort = socket.getLocalPort();
		}
		this.database = startDatabase();
		this.app = new SpringApplicationBuilder(BoiduongApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + this.databasePort + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.datasource.hikari.maximum-pool-size=3", "--app.demo-data.enabled=false",
				"--app.admin.username=quantri", "--app.admin.password=mat-khau-quan-tri");
	}

	@AfterEach
	void stopEverything() throws IOException {
		if (this.app != null) {
			this.app.close();
		}
		if (this.database != null) {
			this.database.close();
		}
		FileSystemUtils.deleteRecursively(this.dataDirectory);
	}

	@Test
	void whileTheDatabaseIsDownPagesGetThe503AtOnceReadinessIsDownAndTheApplicationRecoversWhenItReturns()
			throws IOException {
		WebSession administrator = new WebSession(port());
		administrator.signIn("quantri", "mat-khau-quan-tri");
		assertThat(administrator.get("/").statusCode()).isEqualTo(200);
		assertThat(new WebSession(port()).get("/actuator/health/readiness").statusCode()).isEqualTo(200);

		this.database.close();
		this.database = null;

		assertAnsweredWithin(() -> administrator.get("/"), 503, "Cơ sở dữ liệu tạm thời không truy cập được");
		assertAnsweredWithin(() -> new WebSession(port()).get("/login"), 503, "Cơ sở dữ liệu tạm thời không truy cập được");
		assertAnsweredWithin(() -> new WebSession(port()).get("/actuator/health/readiness"), 503, "DOWN");
		assertThat(new WebSession(port()).get("/actuator/health/liveness").statusCode())
			.as("the application itself is alive: it must not be restarted")
			.isEqualTo(200);

		this.database = startDatabase();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> new WebSession(port()).get("/actuator/health/readiness").statusCode() == 200);
		HttpResponse<String> home = administrator.get("/");
		assertThat(home.statusCode()).as("the session stored before the outage is still there").isEqualTo(200);
		assertThat(home.body()).contains("Việc cần làm");
	}

	@Test
	void waitingForAFreePooledConnectionUnderLoadIsNotAnOutage() throws Exception {
		WebSession administrator = new WebSession(port());
		administrator.signIn("quantri", "mat-khau-quan-tri");
		HikariDataSource pool = this.app.getBean(DataSource.class).unwrap(HikariDataSource.class);
		List<Connection> taken = new ArrayList<>();
		try {
			for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
				taken.add(pool.getConnection());
			}
			CompletableFuture<HttpResponse<String>> page = CompletableFuture.supplyAsync(() -> administrator.get("/"));
			await().atMost(Duration.ofSeconds(10)).until(() -> pool.getHikariPoolMXBean().getThreadsAwaitingConnection() > 0);
			await().during(WITHIN.plusSeconds(1)).atMost(WITHIN.plusSeconds(3)).until(() -> !page.isDone());

			for (Connection connection : taken) {
				connection.close();
			}
			taken.clear();

			HttpResponse<String> answered = page.get();
			assertThat(answered.statusCode()).as("the page, after waiting its turn").isEqualTo(200);
			assertThat(answered.body()).contains("Việc cần làm");
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}
	}

	private void assertAnsweredWithin(java.util.function.Supplier<HttpResponse<String>> request, int status,
			String text) {
		long started = System.nanoTime();
		HttpResponse<String> response = request.get();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
		assertThat(response.body()).contains(text);
		assertThat(took).as("time to answer " + response.uri()).isLessThan(WITHIN);
	}

	private EmbeddedPostgres startDatabase() throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(this.databasePort)
			.start();
	}

	private int port() {
		return Integer.parseInt(this.app.getEnvironment().getProperty("local.server.port", "0"));
	}

}
