package vn.boiduong.shared.web;

import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7: a page that is flushed before the request ends (every Thymeleaf page) made Spring Session read
 * the session from the store twice. Within {@link SessionReadOnce} it is read once.
 */
class SessionReadOnceTests {

	private final CountingStore store = new CountingStore();

	private final MapSession stored = this.store.add();

	/** What a page does: reads the session (Spring Security's context), writes, flushes, then the request ends. */
	private final FilterChain page = (request, response) -> {
		((HttpServletRequest) request).getSession(false).getAttribute("anything");
		response.getWriter().write("<html>…</html>");
		response.flushBuffer();
	};

	@Test
	void aFlushedPageReadsItsSessionFromTheStoreOnce() throws Exception {
		SessionRepositoryFilter<Session> sessions = new SessionRepositoryFilter<>(
				new ThrottledSessionRepository(this.store, Duration.ofMinutes(1)));

		new SessionReadOnce().doFilter(request(), new MockHttpServletResponse(),
				(request, response) -> sessions.doFilter(request, response, this.page));

		assertThat(this.store.reads).isEqualTo(1);
	}

	@Test
	void withoutItTheSameRequestReadsTheSessionTwice() throws Exception {
		SessionRepositoryFilter<Session> sessions = new SessionRepositoryFilter<>(
				new ThrottledSessionRepository(this.store, Duration.ofMinutes(1)));

		sessions.doFilter(request(), new MockHttpServletResponse(), this.page);

		assertThat(this.store.reads).isEqualTo(2);
	}

	@Test
	void theNextRequestReadsTheSessionAgain() throws Exception {
		SessionRepositoryFilter<Session> sessions = new SessionRepositoryFilter<>(
				new ThrottledSessionRepository(this.store, Duration.ofMinutes(1)));
		SessionReadOnce once = new SessionReadOnce();

		once.doFilter(request(), new MockHttpServletResponse(), (rq, rs) -> sessions.doFilter(rq, rs, this.page));
		this.store.sessions.get(this.stored.getId()).setAttribute("changed elsewhere", "by another node");
		once.doFilter(request(), new MockHttpServletResponse(), (rq, rs) -> sessions.doFilter(rq, rs,
				(request, response) -> assertThat((String) ((HttpServletRequest) request).getSession(false)
					.getAttribute("changed elsewhere")).isEqualTo("by another node")));

		assertThat(this.store.reads).isEqualTo(2);
	}

	private MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/courses");
		request.setCookies(new Cookie("SESSION",
				Base64.getEncoder().encodeToString(this.stored.getId().getBytes(StandardCharsets.UTF_8))));
		return request;
	}

	/** A session store that counts its reads and hands out copies, as a database does. */
	static final class CountingStore implements FindByIndexNameSessionRepository<Session> {

		final Map<String, MapSession> sessions = new HashMap<>();

		int reads;

		MapSession add() {
			MapSession session = new MapSession();
			this.sessions.put(session.getId(), session);
			return session;
		}

		@Override
		public Session createSession() {
			return new MapSession();
		}

		@Override
		public void save(Session session) {
			this.sessions.put(session.getId(), new MapSession(session));
		}

		@Override
		public Session findById(String id) {
			this.reads++;
			MapSession session = this.sessions.get(id);
			return session == null ? null : new MapSession(session);
		}

		@Override
		public void deleteById(String id) {
			this.sessions.remove(id);
		}

		@Override
		public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

}
