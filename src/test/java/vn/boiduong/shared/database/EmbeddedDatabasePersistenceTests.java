package vn.boiduong.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import vn.boiduong.BoiduongApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default run ({@code ./mvnw spring-boot:run}, no configuration) keeps its data in a directory
 * that survives a restart, with durable commits, and recovers from a killed run. Each test uses its
 * own directory under target/, never the developer's data/postgres.
 */
class EmbeddedDatabasePersistenceTests {

	private final List<Path> directories = new ArrayList<>();

	@AfterEach
	void removeDataDirectories() throws IOException {
		for (Path dir : this.directories) {
			FileSystemUtils.deleteRecursively(dir);
		}
	}

	@Test
	void dataOfTheDefaultRunSurvivesARestartAndDemoDataIsLoadedOnce() throws IOException {
		Path dir = newDataDirectory();
		String marker = "persistence-" + UUID.randomUUID();
		long accounts;
		long units;
		try (ConfigurableApplicationContext first = startDefaultRun(dir)) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			accounts = count(jdbc, "select count(*) from user_account");
			units = count(jdbc, "select count(*) from org_unit");
			assertThat(accounts).as("demo accounts").isGreaterThanOrEqualTo(9);
			assertThat(count(jdbc, "select count(*) from org_unit where name = 'Tỉnh Mẫu'")).isEqualTo(1);
			assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
			jdbc.update("insert into audit_event (actor, action, detail) values ('test', 'PERSISTENCE_CHECK', ?)", marker);
		}
		assertThat(dir.resolve("postmaster.pid")).as("the server was shut down cleanly").doesNotExist();

		try (ConfigurableApplicationContext second = startDefaultRun(dir)) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(count(jdbc, "select count(*) from audit_event where detail = '" + marker + "'")).isEqualTo(1);
			assertThat(count(jdbc, "select count(*) from user_account")).as("demo accounts not loaded twice")
				.isEqualTo(accounts);
			assertThat(count(jdbc, "select count(*) from org_unit")).as("demo units not loaded twice").isEqualTo(units);
			assertThat(count(jdbc, "select count(*) from user_account where username = 'admin'")).isEqualTo(1);
		}
	}

	@Test
	void anOrphanedServerLeftByAKilledRunIsStoppedAndTheDirectoryCanBeUsedAgain() throws IOException {
		Path dir = newDataDirectory();
		EmbeddedPostgres orphan = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
		long pid = postmasterPid(dir);
		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);

		EmbeddedDatabaseConfiguration.stopOrphanedServer(dir);

		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("orphaned postmaster stopped")
			.isFalse();
		assertThat(dir.resolve("postmaster.pid")).doesNotExist();
		closeQuietly(orphan); // only releases zonky's in-JVM lock on the directory: the server is gone already

		try (EmbeddedPostgres restarted = new EmbeddedDatabaseConfiguration().embeddedPostgres(dir.toString())) {
			assertThat(new JdbcTemplate(restarted.getPostgresDatabase()).queryForObject("select 1", Integer.class))
				.isEqualTo(1);
		}
	}

	@Test
	void aPidFileWhoseNumberNowBelongsToAnotherProgramDoesNotStopThatProgram() throws Exception {
		Path dir = newDataDirectory();
		Process other = new ProcessBuilder("sleep", "120").start();
		try {
			Files.writeString(dir.resolve("postmaster.pid"), other.pid() + "\n" + dir + "\n", StandardCharsets.UTF_8);

			EmbeddedDatabaseConfiguration.stopOrphanedServer(dir);

			assertThat(other.isAlive()).as("a program that is not PostgreSQL is left alone").isTrue();
		}
		finally {
			other.destroy();
		}
	}

	private static ConfigurableApplicationContext startDefaultRun(Path dir) {
		// Command-line arguments: they win over application.properties, as SPRING_* variables would.
		return new SpringApplicationBuilder(BoiduongApplication.class).run("--server.port=0",
				"--app.embedded-database.data-dir=" + dir, "--spring.main.banner-mode=off");
	}

	private Path newDataDirectory() throws IOException {
		Path target = Path.of("target").toAbsolutePath();
		Files.createDirectories(target);
		Path dir = Files.createTempDirectory(target, "embedded-data-");
		this.directories.add(dir);
		return dir;
	}

	private static long postmasterPid(Path dir) throws IOException {
		return Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
	}

	private static long count(JdbcTemplate jdbc, String sql) {
		Long n = jdbc.queryForObject(sql, Long.class);
		return n == null ? 0 : n;
	}

	private static void closeQuietly(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException | RuntimeException ex) {
			// pg_ctl has nothing to stop
		}
	}


}
