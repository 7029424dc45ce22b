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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
	void aDataDirectoryLeftUnfinishedByAnInterruptedFirstStartIsInitializedAgain() throws IOException {
		Path dir = newDataDirectory();
		// What a first start killed during initdb leaves: some of PostgreSQL's files, no mark.
		Files.writeString(dir.resolve("PG_VERSION"), "17\n", StandardCharsets.UTF_8);
		Files.createDirectories(dir.resolve("base/1"));
		Files.writeString(dir.resolve("base/1/1259"), "cut short", StandardCharsets.UTF_8);
		Files.createDirectories(dir.resolve("global"));

		try (ConfigurableApplicationContext run = startDefaultRun(dir)) {
			JdbcTemplate jdbc = run.getBean(JdbcTemplate.class);
			assertThat(count(jdbc, "select count(*) from org_unit where name = 'Tỉnh Mẫu'")).isEqualTo(1);
		}
		assertThat(dir.resolve(EmbeddedDatabaseConfiguration.FINISHED_MARK)).as("marked finished after a good start")
			.exists();
	}

	@Test
	void aFinishedDataDirectoryIsNeverWipedWhateverItHolds() throws IOException {
		Path dir = newDataDirectory();
		Files.writeString(dir.resolve("PG_VERSION"), "17\n", StandardCharsets.UTF_8);
		Files.createDirectories(dir.resolve("base/1"));
		Files.writeString(dir.resolve("base/1/1259"), "damaged, but the data of a finished directory", StandardCharsets.UTF_8);
		EmbeddedDatabaseConfiguration.markFinished(dir);

		EmbeddedDatabaseConfiguration.wipeUnfinished(dir);

		assertThat(dir.resolve("base/1/1259")).hasContent("damaged, but the data of a finished directory");
		assertThat(dir.resolve("PG_VERSION")).exists();
	}

	@Test
	void aDirectoryHoldingFilesThatAreNotPostgresIsNeverWiped() throws IOException {
		Path dir = newDataDirectory();
		Files.writeString(dir.resolve("thesis.docx"), "somebody's work", StandardCharsets.UTF_8);

		assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.wipeUnfinished(dir))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("thesis.docx");
		assertThat(dir.resolve("thesis.docx")).exists();
	}

	@Test
	void aServerOfAKilledRunIsStoppedButOneStillInUseIsLeftAlone() throws Exception {
		Path dir = newDataDirectory();
		try (ChildJvm owner = startServerOwner(dir)) {
			long pid = postmasterPid(dir);

			assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.stopOrphanedServer(dir))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("another running instance");
			assertThat(isAlive(pid)).as("the server of a running application is left alone").isTrue();

			owner.kill(); // kill -9 of the application's JVM
			assertThat(isAlive(pid)).as("PostgreSQL outlives the killed JVM").isTrue();

			EmbeddedDatabaseConfiguration.stopOrphanedServer(dir);

			assertThat(isAlive(pid)).as("the orphaned server is stopped").isFalse();
			assertThat(dir.resolve("postmaster.pid")).doesNotExist();
			try (EmbeddedPostgres restarted = new EmbeddedDatabaseConfiguration().embeddedPostgres(dir.toString())) {
				assertThat(new JdbcTemplate(restarted.getPostgresDatabase()).queryForObject("show fsync", String.class))
					.isEqualTo("on");
			}
		}
	}

	@Test
	void aServerStartedByThisVeryProcessIsNotTakenForAnOrphan() throws IOException {
		Path dir = newDataDirectory();
		try (EmbeddedPostgres running = EmbeddedPostgresBinaries.builder().setDataDirectory(dir).setCleanDataDirectory(false).start()) {
			long pid = postmasterPid(dir);

			assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.stopOrphanedServer(dir))
				.isInstanceOf(IllegalStateException.class);

			assertThat(isAlive(pid)).isTrue();
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

	/** A separate JVM that starts PostgreSQL on the directory and keeps running, like the application. */
	private static ChildJvm startServerOwner(Path dir) throws IOException {
		ChildJvm owner = ChildJvm.start("server-owner", ServerOwnerProcess.class, dir.toString());
		assertThat(owner.awaitLine(line -> line.startsWith("READY"))).as(owner::log).isNotNull();
		return owner;
	}

	private static boolean isAlive(long pid) {
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
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

}
