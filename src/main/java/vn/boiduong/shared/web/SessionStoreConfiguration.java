package vn.boiduong.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in PostgreSQL so that several nodes can serve. Two requests of one session that both
 * add the same attribute (two tabs opened at once store the same new CSRF token) would both INSERT it
 * and the second would fail on the primary key: the insert is an upsert instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	static final String UPSERT_ATTRIBUTE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes() {
		return repository -> repository.setCreateSessionAttributeQuery(UPSERT_ATTRIBUTE);
	}

}
