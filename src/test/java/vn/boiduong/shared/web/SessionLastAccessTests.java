package vn.boiduong.shared.web;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7, item 7: a session's row is not written on every request only to move its last access time. */
@IntegrationTest
class SessionLastAccessTests {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLastAccessTimeIsWrittenAtMostOnceAMinuteAndAttributesAtOnce() {
		check(this.sessions);
	}

	private <S extends Session> void check(SessionRepository<S> repository) {
		S created = repository.createSession();
		repository.save(created);
		String id = created.getId();
		long stored = lastAccess(id);

		S again = repository.findById(id);
		again.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(30));
		repository.save(again);
		assertThat(lastAccess(id)).as("30 s later: not written").isEqualTo(stored);

		S withAttribute = repository.findById(id);
		withAttribute.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(40));
		withAttribute.setAttribute("SOMETHING", "new");
		repository.save(withAttribute);
		assertThat(repository.findById(id).<String>getAttribute("SOMETHING")).isEqualTo("new");

		S later = repository.findById(id);
		later.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(61));
		repository.save(later);
		assertThat(lastAccess(id)).as("61 s later: written").isEqualTo(stored + 61_000);
		assertThat(repository.findById(id)).isNotNull();
		repository.deleteById(id);
		assertThat(repository.findById(id)).isNull();
	}

	private long lastAccess(String sessionId) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				sessionId);
	}

}
