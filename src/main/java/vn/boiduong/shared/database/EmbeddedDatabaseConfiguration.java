package vn.boiduong.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default run needs no configuration: when no {@code spring.datasource.url} is given, a real
 * PostgreSQL is started in-process on a data directory inside the project, which survives restarts.
 * Durability settings are switched back on (zonky turns them off for tests), and a server orphaned
 * by a killed run is stopped first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${app.embedded-database.enabled:true}")
public class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${app.embedded-database.data-dir:data/postgres}") String dataDir)
			throws IOException {
		Path dir = Path.of(dataDir).toAbsolutePath();
		Files.createDirectories(dir);
		stopOrphanedServer(dir);
		log.info("Starting the embedded PostgreSQL on {}", dir);
		return EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
	}

	@Bean
	JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {
		return new EmbeddedConnectionDetails(postgres.getJdbcUrl("postgres", "postgres"));
	}

	/** A server left behind by a killed run still holds the data directory: stop it. */
	static void stopOrphanedServer(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			if (lines.isEmpty()) {
				return;
			}
			long pid = Long.parseLong(lines.get(0).trim());
			Optional<ProcessHandle> process = ProcessHandle.of(pid);
			if (process.isPresent() && process.get().isAlive()
					&& process.get().info().command().map(c -> c.contains("postgres")).orElse(true)) {
				log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", pid);
				process.get().destroy();
				process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		catch (Exception ex) {
			log.warn("Could not check for an orphaned PostgreSQL in {}: {}", dataDir, ex.toString());
		}
	}

	record EmbeddedConnectionDetails(String jdbcUrl) implements JdbcConnectionDetails {

		@Override
		public String getUsername() {
			return "postgres";
		}

		@Override
		public String getPassword() {
			return "";
		}

		@Override
		public String getJdbcUrl() {
			return this.jdbcUrl;
		}

	}

}
