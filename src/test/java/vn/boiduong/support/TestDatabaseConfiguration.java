package vn.boiduong.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

import vn.boiduong.shared.database.EmbeddedPostgresBinaries;

/**
 * One real PostgreSQL per test JVM, shared by every test context: a Testcontainers container when a
 * Docker engine answers, otherwise an embedded PostgreSQL on a throw-away directory under target/.
 * Tests never touch the developer's data/postgres.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	private static volatile Boolean dockerAvailable;

	static boolean dockerAvailable() {
		if (dockerAvailable == null) {
			boolean available;
			try {
				available = DockerClientFactory.instance().isDockerAvailable();
			}
			catch (Throwable ex) {
				available = false;
			}
			dockerAvailable = available;
		}
		return dockerAvailable;
	}

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return Containers.POSTGRES.get();
	}

	@Bean
	@Conditional(DockerUnavailable.class)
	JdbcConnectionDetails embeddedTestDatabase() {
		EmbeddedPostgres postgres = Embedded.INSTANCE;
		String url = postgres.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {
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
				return url;
			}
		};
	}

	/** Where a test that starts its own application finds a database of its own. */
	public record Database(String url, String username, String password) {
	}

	/**
	 * Creates an empty database {@code name} in the shared test PostgreSQL, for a test that starts the
	 * application by itself (e.g. on an empty production-like database).
	 */
	public static Database freshDatabase(String name) {
		if (!name.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		String url;
		String username;
		String password;
		if (dockerAvailable()) {
			PostgreSQLContainer container = Containers.POSTGRES.get();
			url = container.getJdbcUrl();
			username = container.getUsername();
			password = container.getPassword();
		}
		else {
			url = Embedded.INSTANCE.getJdbcUrl("postgres", "postgres");
			username = "postgres";
			password = "";
		}
		try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, username, password);
				java.sql.Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name);
			statement.execute("create database " + name);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		String base = url.substring(0, url.indexOf('/', "jdbc:postgresql://".length()) + 1);
		return new Database(base + name, username, password);
	}

	static final class Containers {

		static final java.util.function.Supplier<PostgreSQLContainer> POSTGRES = new java.util.function.Supplier<>() {
			private PostgreSQLContainer container;

			@Override
			public synchronized PostgreSQLContainer get() {
				if (this.container == null) {
					this.container = new PostgreSQLContainer("postgres:17-alpine");
					this.container.start();
				}
				return this.container;
			}
		};

	}

	/** Started on first use, stopped when the test JVM exits. */
	static final class Embedded {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				Path dir = Files.createTempDirectory(Path.of(System.getProperty("test.database.dir", "target")).toAbsolutePath(),
						"test-postgres-");
				return EmbeddedPostgresBinaries.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return dockerAvailable();
		}

	}

	static class DockerUnavailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !dockerAvailable();
		}

	}

}
