package vn.boiduong.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store writes a session's last access time at most once per {@link #interval} (issue 7,
 * item 7): Spring Session JDBC otherwise updates the session's row on every request, only to move that
 * time, which costs a transaction, a row write and a dead row per request. Sessions stay in PostgreSQL,
 * shared by every node; with an 8-hour timeout, expiring up to a minute earlier changes nothing a person
 * notices. A change of attributes, of the id or of the timeout is still written at once.
 * <p>
 * A session is also read once per request ({@link #withinRequest}): Spring Session's filter saves the
 * session when the page is flushed (Thymeleaf flushes at the end of every page) and again when the request
 * ends, and the second time it reads the session from PostgreSQL anew only to learn the id the browser sent
 * (the row and every attribute, deserialized: issue 7, found by profiling the course page). Within one
 * request the session read first is that answer.
 */
final class ThrottledSessionRepository implements FindByIndexNameSessionRepository<Session>, DisposableBean {

	/** The session read in the request this thread serves; absent outside a request ({@link #withinRequest}). */
	private static final ThreadLocal<ReadInRequest> READ = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> delegate;

	private final Duration interval;

	@SuppressWarnings("unchecked")
	ThrottledSessionRepository(FindByIndexNameSessionRepository<? extends Session> delegate, Duration interval) {
		this.delegate = (FindByIndexNameSessionRepository<Session>) delegate;
		this.interval = interval;
	}

	@Override
	public Session createSession() {
		return this.delegate.createSession();
	}

	@Override
	public void save(Session session) {
		this.delegate.save(session instanceof LazyAccess lazy ? lazy.session : session);
	}

	@Override
	public Session findById(String id) {
		ReadInRequest read = READ.get();
		if (read != null && read.session != null && read.session.getId().equals(id) && !read.session.isExpired()) {
			return read.session;
		}
		Session session = this.delegate.findById(id);
		LazyAccess found = session == null ? null : new LazyAccess(session, this.interval);
		if (read != null) {
			read.session = found;
		}
		return found;
	}

	@Override
	public void deleteById(String id) {
		ReadInRequest read = READ.get();
		if (read != null) {
			read.session = null;
		}
		this.delegate.deleteById(id);
	}

	/**
	 * Runs one request: a session read during it is read from the store once. Nested calls (a forward, an
	 * error dispatch) share the outer request's session.
	 */
	static void withinRequest(RequestWork work) throws jakarta.servlet.ServletException, java.io.IOException {
		if (READ.get() != null) {
			work.run();
			return;
		}
		READ.set(new ReadInRequest());
		try {
			work.run();
		}
		finally {
			READ.remove();
		}
	}

	@FunctionalInterface
	interface RequestWork {

		void run() throws jakarta.servlet.ServletException, java.io.IOException;

	}

	private static final class ReadInRequest {

		LazyAccess session;

	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Session> found = new LinkedHashMap<>();
		this.delegate.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, s) -> found.put(id, new LazyAccess(s, this.interval)));
		return found;
	}

	@Override
	public void destroy() throws Exception {
		if (this.delegate instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	/** A stored session whose last access time moves only when it is at least the interval old. */
	static final class LazyAccess implements Session {

		private final Session session;

		private final Duration interval;

		LazyAccess(Session session, Duration interval) {
			this.session = session;
			this.interval = interval;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.session.getLastAccessedTime(), lastAccessedTime).compareTo(this.interval) >= 0) {
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
