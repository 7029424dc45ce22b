package vn.boiduong.shared.web;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in PostgreSQL so that several nodes can serve. Two requests of one session that both
 * add the same attribute (two tabs opened at once store the same new CSRF token) would both INSERT it
 * and the second would fail on the primary key: the insert is an upsert instead. A session's row is
 * written when it changes, and for its last access time at most once a minute.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	static final String UPSERT_ATTRIBUTE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	/** How often at most a session's last access time is written (see {@link ThrottledSessionRepository}). */
	static final Duration LAST_ACCESS_WRITE_INTERVAL = Duration.ofMinutes(1);

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes() {
		return repository -> repository.setCreateSessionAttributeQuery(UPSERT_ATTRIBUTE);
	}

	@Bean
	static BeanPostProcessor lastAccessWrittenOncePerMinute() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository repository
						? new ThrottledSessionRepository(repository, LAST_ACCESS_WRITE_INTERVAL) : bean;
			}
		};
	}

}
