package vn.boiduong.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.ObjectMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.boiduong.shared.PageView;

/**
 * Writes and reads the audit log. A record joins the caller's transaction, so a change and its
 * audit record commit or roll back together.
 */
@Service
public class AuditLog {

	static final int DETAIL_LENGTH = 500;

	static final int REMOTE_ADDRESS_LENGTH = 60;

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final AuditEventRepository events;

	private final ObjectMapper json;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	AuditLog(AuditEventRepository events, ObjectMapper json, Clock clock, JdbcTemplate jdbc) {
		this.events = events;
		this.json = json;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** Records an action by the signed-in user; {@code before} and {@code after} are stored as JSON. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String entityType, Object entityId, Object before, Object after) {
		recordAs(currentActor(), action, entityType, entityId, before, after, null);
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAs(String actor, String action, String entityType, Object entityId, Object before, Object after,
			String detail) {
		this.events.save(new AuditEvent(this.clock.instant(), actor, action, entityType,
				entityId == null ? null : String.valueOf(entityId), toJson(before), toJson(after),
				limit(detail, DETAIL_LENGTH), limit(remoteAddress(), REMOTE_ADDRESS_LENGTH)));
	}

	/**
	 * Counts a refused request of an anonymous visitor (a form without its CSRF token, ...): one row
	 * per client address and minute with a count, never an audit event each, so that however much a
	 * stranger sends, the log grows by at most one row a minute and address.
	 */
	@Transactional
	public void countAnonymousNoise(String request) {
		String address = remoteAddress();
		Instant minute = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		this.jdbc.update("""
				insert into audit_anonymous_noise (address, minute, requests, first_request) values (?, ?, 1, ?)
				on conflict (address, minute) do update set requests = audit_anonymous_noise.requests + 1""",
				address == null ? "?" : cut(address, 64), Timestamp.from(minute),
				request == null ? null : cut(request, 500));
	}

	/** The anonymous noise, latest minute first. */
	@Transactional(readOnly = true)
	public Page<AnonymousNoiseView> anonymousNoise(int page, int size) {
		PageRequest request = PageView.request(page, size, Sort.unsorted());
		Long total = this.jdbc.queryForObject("select count(*) from audit_anonymous_noise", Long.class);
		List<AnonymousNoiseView> rows = this.jdbc.query("""
				select address, minute, requests, first_request from audit_anonymous_noise
				order by minute desc, address limit ? offset ?""",
				(rs, i) -> new AnonymousNoiseView(rs.getString("address"), rs.getTimestamp("minute").toInstant(),
						rs.getInt("requests"), rs.getString("first_request")),
				request.getPageSize(), request.getOffset());
		return new PageImpl<>(rows, request, total == null ? 0 : total);
	}

	@Transactional(readOnly = true)
	public Page<AuditEventView> search(AuditQuery query, int page, int size) {
		Specification<AuditEvent> spec = (root, q, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (StringUtils.hasText(query.actor())) {
				where.add(cb.equal(cb.lower(root.get("actor")), query.actor().trim().toLowerCase()));
			}
			if (StringUtils.hasText(query.action())) {
				where.add(cb.equal(root.get("action"), query.action().trim()));
			}
			if (StringUtils.hasText(query.entityType())) {
				where.add(cb.equal(root.get("entityType"), query.entityType().trim()));
			}
			if (StringUtils.hasText(query.entityId())) {
				where.add(cb.equal(root.get("entityId"), query.entityId().trim()));
			}
			if (query.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), query.from().atStartOfDay(ZONE).toInstant()));
			}
			if (query.to() != null) {
				where.add(cb.lessThan(root.get("occurredAt"), query.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		return this.events
			.findAll(spec, PageView.request(page, size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))))
			.map(AuditEvent::toView);
	}

	/** The actions recorded so far, for the filter of the audit page. */
	@Transactional(readOnly = true)
	public List<String> knownActions() {
		return this.events.findDistinctActions();
	}

	/** The kinds of record that have audit events, for the filter of the audit page. */
	@Transactional(readOnly = true)
	public List<String> knownEntityTypes() {
		return this.events.findDistinctEntityTypes();
	}

	@Transactional(readOnly = true)
	public List<AuditEventView> historyOf(String entityType, Object entityId) {
		return search(new AuditQuery(null, null, entityType, String.valueOf(entityId), null, null), 0, 500).getContent();
	}

	private String toJson(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof String s) {
			return s;
		}
		return this.json.writeValueAsString(value);
	}

	/** The first characters of a text (Spring's StringUtils.truncate appends a marker, making it longer). */
	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	private static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth != null && auth.isAuthenticated()) ? auth.getName() : null;
	}

	/**
	 * Cut to the column's length (counted in characters, as PostgreSQL's varchar does). Spring's
	 * StringUtils.truncate appends a suffix past the limit, so a 403 for a long address failed to be
	 * written and answered 500.
	 */
	static String limit(String text, int length) {
		if (text == null || text.length() <= length) {
			return text;
		}
		int end = length - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "…";
	}

	private static String remoteAddress() {
		RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
		if (attrs instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
