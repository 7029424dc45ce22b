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
 */
final class ThrottledSessionRepository implements FindByIndexNameSessionRepository<Session>, DisposableBean {

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
		Session session = this.delegate.findById(id);
		return session == null ? null : new LazyAccess(session, this.interval);
	}

	@Override
	public void deleteById(String id) {
		this.delegate.deleteById(id);
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
