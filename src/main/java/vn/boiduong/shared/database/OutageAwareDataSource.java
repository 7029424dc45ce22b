package vn.boiduong.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool, told at once when the database is gone. Hikari waits its whole
 * connection-timeout (30 s) for a connection, whether the pool is merely busy or the database is down;
 * only the first is worth waiting for. A heartbeat keeps one connection of its own and checks it every
 * {@code interval}: while it fails, asking for a connection fails at once (the 503 page, readiness
 * DOWN), and whoever was already waiting on the pool is woken with the same answer. Under load with the
 * database up nothing changes: waiting for a free pooled connection is not an outage. When the database
 * returns, the next heartbeat notices and the pool reconnects by itself.
 */
public class OutageAwareDataSource extends DelegatingDataSource implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(OutageAwareDataSource.class);

	private final HikariDataSource pool;

	private final Duration interval;

	private final ScheduledExecutorService heartbeat;

	private final Object lock = new Object();

	private final Set<Thread> waiting = new HashSet<>();

	private final Set<Thread> woken = new HashSet<>();

	private volatile boolean outage;

	private Connection probe;

	public OutageAwareDataSource(HikariDataSource pool, Duration interval) {
		super(pool);
		this.pool = pool;
		this.interval = interval;
		this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "database-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		this.heartbeat.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Whether the last heartbeat found the database unreachable. */
	public boolean isOutage() {
		return this.outage;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect(() -> super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connect(() -> super.getConnection(username, password));
	}

	private interface Connect {

		Connection get() throws SQLException;

	}

	private Connection connect(Connect connect) throws SQLException {
		if (this.outage) {
			throw unavailable(null);
		}
		Thread current = Thread.currentThread();
		synchronized (this.lock) {
			this.waiting.add(current);
		}
		boolean wokenByUs = false;
		try {
			return connect.get();
		}
		catch (SQLException ex) {
			synchronized (this.lock) {
				wokenByUs = this.woken.remove(current);
			}
			if (wokenByUs || this.outage) {
				throw unavailable(ex);
			}
			throw ex;
		}
		finally {
			synchronized (this.lock) {
				this.waiting.remove(current);
				wokenByUs |= this.woken.remove(current);
			}
			if (wokenByUs) {
				// The interrupt was ours, to stop waiting on the pool: it must not reach later work.
				Thread.interrupted();
			}
		}
	}

	private static SQLTransientConnectionException unavailable(Throwable cause) {
		return new SQLTransientConnectionException("The database is unavailable", "08001", cause);
	}

	/**
	 * Checks the database now (a failure that does not say what it is, such as a connection found closed,
	 * may be an outage the next heartbeat has not seen yet).
	 */
	public boolean confirmOutage() {
		check();
		return this.outage;
	}

	synchronized void check() {
		try {
			if (this.probe == null) {
				this.probe = openProbe();
			}
			if (!this.probe.isValid(timeoutSeconds())) {
				throw new SQLException("The heartbeat connection is no longer valid");
			}
			if (this.outage) {
				log.info("The database answers again");
				this.outage = false;
			}
		}
		catch (SQLException | RuntimeException ex) {
			closeProbe();
			if (!this.outage) {
				log.error("The database is unavailable: {}", ex.toString());
				this.outage = true;
			}
			wakeWaiting();
		}
	}

	private void wakeWaiting() {
		synchronized (this.lock) {
			for (Thread thread : this.waiting) {
				if (this.woken.add(thread)) {
					thread.interrupt();
				}
			}
		}
	}

	private int timeoutSeconds() {
		return (int) Math.max(1, this.interval.toSeconds());
	}

	private Connection openProbe() throws SQLException {
		Properties properties = new Properties();
		properties.putAll(this.pool.getDataSourceProperties());
		if (this.pool.getUsername() != null) {
			properties.setProperty("user", this.pool.getUsername());
		}
		if (this.pool.getPassword() != null) {
			properties.setProperty("password", this.pool.getPassword());
		}
		properties.putIfAbsent("connectTimeout", "2");
		properties.putIfAbsent("loginTimeout", "2");
		properties.setProperty("ApplicationName", "boiduong-heartbeat");
		return DriverManager.getConnection(this.pool.getJdbcUrl(), properties);
	}

	private void closeProbe() {
		if (this.probe != null) {
			try {
				this.probe.close();
			}
			catch (SQLException ex) {
				log.debug("Closing the heartbeat connection: {}", ex.toString());
			}
			this.probe = null;
		}
	}

	@Override
	public void close() {
		this.heartbeat.shutdownNow();
		try {
			this.heartbeat.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		closeProbe();
		this.pool.close();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		if (type.isInstance(this.pool)) {
			return type.cast(this.pool);
		}
		return super.unwrap(type);
	}

	@Override
	public boolean isWrapperFor(Class<?> type) throws SQLException {
		return type.isInstance(this.pool) || super.isWrapperFor(type);
	}

}
