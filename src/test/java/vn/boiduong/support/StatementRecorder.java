package vn.boiduong.support;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the SQL Hibernate prepares on the test's thread, to assert which statements a page issues and
 * how many bind parameters each has (DESIGN §8). Import it into a test; it starts its own context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementRecorder implements StatementInspector {

	private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

	@Bean
	HibernatePropertiesCustomizer recordStatements() {
		return properties -> properties.put("hibernate.session_factory.statement_inspector", this);
	}

	@Override
	public String inspect(String sql) {
		List<String> recorded = RECORDED.get();
		if (recorded != null) {
			recorded.add(sql);
		}
		return sql;
	}

	/** The statements prepared on this thread while the action ran. */
	public static List<String> during(ThrowingRunnable action) throws Exception {
		List<String> recorded = new ArrayList<>();
		RECORDED.set(recorded);
		try {
			action.run();
		}
		finally {
			RECORDED.remove();
		}
		return recorded;
	}

	/** The number of bind parameters of a statement. */
	public static long bindParameters(String sql) {
		return sql.chars().filter(c -> c == '?').count();
	}

	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

}
