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
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * The default run needs no configuration: when no {@code spring.datasource.url} is given, a real
 * PostgreSQL is started in-process on a data directory inside the project, which survives restarts.
 * Durability settings are switched back on (zonky turns them off for tests), and a server orphaned
 * by a killed run is stopped first.
 * <p>
 * The binaries are unpacked by {@link EmbeddedPostgresBinaries} (never half). The data directory is
 * marked finished only once the application has started on it to the end (initdb, the migrations and
 * the demo data done); a directory without the mark is what an interrupted first start left, and is
 * initialized again. A directory with the mark is never wiped: if it cannot start, the start fails.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${app.embedded-database.enabled:true}")
public class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/** The lock file zonky's EmbeddedPostgres keeps in its data directory while its JVM runs. */
	private static final String LOCK_FILE = "epg-lock";

	/** Written into the data directory after the first start that went to the end. */
	static final String FINISHED_MARK = "boiduong-initialized";

	/** What initdb and a running PostgreSQL put into a data directory; anything else is not ours to wipe. */
	private static final Pattern POSTGRES_FILE = Pattern
		.compile("base|global|pg_[a-z_]+(\\.conf)?|PG_VERSION|postgresql(\\.auto)?\\.conf|postmaster\\.(pid|opts)|"
				+ "current_logfiles|log|epg-lock");

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${app.embedded-database.data-dir:data/postgres}") String dataDir)
			throws IOException {
		Path dir = Path.of(dataDir).toAbsolutePath();
		Files.createDirectories(dir);
		stopOrphanedServer(dir);
		wipeUnfinished(dir);
		log.info("Starting the embedded PostgreSQL on {}", dir);
		return EmbeddedPostgresBinaries.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
	}

	/** The first start that went to the end marks the data directory finished. */
	@Bean
	ApplicationListener<ApplicationReadyEvent> markDataDirectoryFinished(
			@Value("${app.embedded-database.data-dir:data/postgres}") String dataDir) {
		return event -> markFinished(Path.of(dataDir).toAbsolutePath());
	}

	static void markFinished(Path dir) {
		Path mark = dir.resolve(FINISHED_MARK);
		if (Files.exists(mark)) {
			return;
		}
		try {
			Files.writeString(mark, "The application started on this data directory to the end.\n", StandardCharsets.UTF_8);
			try (FileChannel channel = FileChannel.open(mark, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
		}
		catch (IOException ex) {
			log.warn("Could not mark {} finished: {}", dir, ex.toString());
		}
	}

	/**
	 * A data directory without the mark was left by a first start that did not finish (killed during
	 * initdb, or on broken binaries): initialize it again. One with the mark is never touched here.
	 */
	static void wipeUnfinished(Path dir) throws IOException {
		if (Files.exists(dir.resolve(FINISHED_MARK))) {
			return;
		}
		List<Path> entries;
		try (Stream<Path> list = Files.list(dir)) {
			entries = list.toList();
		}
		if (entries.isEmpty()) {
			return;
		}
		List<String> foreign = entries.stream()
			.map(p -> p.getFileName().toString())
			.filter(name -> !POSTGRES_FILE.matcher(name).matches())
			.toList();
		if (!foreign.isEmpty()) {
			throw new IllegalStateException("The data directory " + dir + " was never finished by this application and "
					+ "holds files that are not PostgreSQL's " + foreign + ": it is left alone. Give the application an "
					+ "empty directory with app.embedded-database.data-dir, or empty this one.");
		}
		log.warn("The data directory {} was left unfinished by an interrupted first start: initializing it again", dir);
		for (Path entry : entries) {
			FileSystemUtils.deleteRecursively(entry);
		}
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
