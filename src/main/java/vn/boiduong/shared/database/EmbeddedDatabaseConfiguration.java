package vn.boiduong.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

	/** The lock file zonky's EmbeddedPostgres keeps in its data directory while its JVM runs. */
	private static final String LOCK_FILE = "epg-lock";

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

	/**
	 * A server left behind by a killed run still holds the data directory: stop it. A server whose
	 * application is still running (another {@code spring-boot:run} on the same directory) is not an
	 * orphan: it is left alone and this start is refused with a clear message.
	 */
	static void stopOrphanedServer(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		Optional<ProcessHandle> process;
		long pid;
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			if (lines.isEmpty()) {
				return;
			}
			pid = Long.parseLong(lines.get(0).trim());
			process = ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not check for an orphaned PostgreSQL in {}: {}", dataDir, ex.toString());
			return;
		}
		if (process.isEmpty()) {
			return; // a stale pid file: PostgreSQL itself deals with it
		}
		if (!ownerIsGone(dataDir)) {
			throw new IllegalStateException("The embedded PostgreSQL on " + dataDir + " (pid " + pid
					+ ") belongs to another running instance of the application. Stop that one first, or give "
					+ "this one another directory with app.embedded-database.data-dir.");
		}
		log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", pid);
		process.get().destroy();
		try {
			process.get().onExit().get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			log.warn("The orphaned PostgreSQL (pid {}) did not stop in time: {}", pid, ex.toString());
		}
	}

	/**
	 * zonky holds a lock on {@code epg-lock} in the data directory for as long as the JVM that started
	 * the server lives; a killed JVM loses it while its PostgreSQL keeps running.
	 */
	private static boolean ownerIsGone(Path dataDir) {
		Path lockFile = dataDir.resolve(LOCK_FILE);
		if (!Files.isRegularFile(lockFile)) {
			return true;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return false;
			}
			lock.release();
			return true;
		}
		catch (OverlappingFileLockException ex) {
			return false; // held by this very JVM
		}
		catch (IOException ex) {
			log.warn("Could not check the lock of {}: {}", lockFile, ex.toString());
			return true;
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
