package vn.boiduong.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.boiduong.audit.AuditLog;

/**
 * Counts failed sign-ins per name, whether or not an account has that name (so that the answers never
 * tell which names exist): after {@code app.login.max-failed-attempts} in a row the name is locked for
 * {@code app.login.lock-duration}; a lock that has run out starts a fresh count. Failures are also
 * counted per client address and minute, for {@link SignInSlowdown}. Every sign-in, failure and lockout
 * goes to the audit log.
 */
@Component
class LoginAttempts {

	/** No account name is longer (the column and the account form). */
	static final int MAX_USERNAME_LENGTH = 60;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final int maxFailedAttempts;

	private final Duration lockDuration;

	private final Duration addressWindow;

	LoginAttempts(JdbcTemplate jdbc, AuditLog audit, Clock clock,
			@Value("${app.login.max-failed-attempts:5}") int maxFailedAttempts,
			@Value("${app.login.lock-duration:15m}") Duration lockDuration,
			@Value("${app.login.slowdown.window:15m}") Duration addressWindow) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.maxFailedAttempts = maxFailedAttempts;
		this.lockDuration = lockDuration;
		this.addressWindow = addressWindow;
	}

	/**
	 * The key failures are counted under: the trimmed, lower-case name, cut to one character more than
	 * any account name may have, so that a longer name never shares a key with an account.
	 */
	static String key(String name) {
		String trimmed = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
		return trimmed.length() > MAX_USERNAME_LENGTH + 1 ? trimmed.substring(0, MAX_USERNAME_LENGTH + 1) : trimmed;
	}

	/** The name as the audit log and the sign-in form keep it: trimmed and cut to the longest account name. */
	static String shown(String name) {
		return StringUtils.hasText(name) ? cut(name.trim(), MAX_USERNAME_LENGTH) : "?";
	}

	/** Until when sign-in under the name is locked (in the past once the lock has run out), or null. */
	@Transactional(readOnly = true)
	public Instant lockedUntil(String name) {
		List<Timestamp> until = this.jdbc.queryForList("select locked_until from login_failure where name_key = ?",
				Timestamp.class, key(name));
		return until.isEmpty() || until.get(0) == null ? null : until.get(0).toInstant();
	}

	/** Lifts the lock and forgets the failures of a name (the administrator unlocks, a new password). */
	@Transactional
	public void forget(String name) {
		this.jdbc.update("delete from login_failure where name_key = ?", key(name));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		forget(username);
		this.audit.recordAs(username, "LOGIN", "UserAccount", null, null, null, null);
	}

	@EventListener
	@Transactional
	public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		String name = event.getAuthentication().getName();
		String key = key(name);
		Instant now = this.clock.instant();
		Instant lockUntil = now.plus(this.lockDuration);
		this.jdbc.update("delete from login_failure where name_key = ? and locked_until <= ?", key,
				Timestamp.from(now));
		Integer failures = this.jdbc.queryForObject("""
				insert into login_failure (name_key, failed_attempts, locked_until, last_failed_at)
				values (?, 1, case when 1 >= ? then ?::timestamptz end, ?)
				on conflict (name_key) do update set failed_attempts = login_failure.failed_attempts + 1,
				       locked_until = case when login_failure.failed_attempts + 1 >= ? then ?
				                           else login_failure.locked_until end,
				       last_failed_at = excluded.last_failed_at
				returning failed_attempts""", Integer.class, key, this.maxFailedAttempts, Timestamp.from(lockUntil),
				Timestamp.from(now), this.maxFailedAttempts, Timestamp.from(lockUntil));
		countAddressFailure(now);
		this.audit.recordAs(shown(name), "LOGIN_FAILED", "UserAccount", null, null, null, null);
		if (failures != null && failures == this.maxFailedAttempts) {
			this.audit.recordAs(shown(name), "ACCOUNT_LOCKED", "UserAccount", null, null, null,
					"locked until " + lockUntil);
		}
	}

	@EventListener
	@Transactional
	public void onLocked(AuthenticationFailureLockedEvent event) {
		countAddressFailure(this.clock.instant());
		this.audit.recordAs(attempted(event), "LOGIN_REFUSED_LOCKED", "UserAccount", null, null, null, null);
	}

	/** The failed sign-ins from a client address within the window, for {@link SignInSlowdown}. */
	@Transactional(readOnly = true)
	public long recentFailuresFrom(String address) {
		Long failures = this.jdbc.queryForObject(
				"select coalesce(sum(failures), 0) from login_address_failure where address = ? and minute >= ?",
				Long.class, address(address), Timestamp.from(windowStart(this.clock.instant())));
		return failures == null ? 0 : failures;
	}

	private void countAddressFailure(Instant now) {
		String address = address(currentAddress());
		this.jdbc.update("""
				insert into login_address_failure (address, minute, failures) values (?, ?, 1)
				on conflict (address, minute) do update set failures = login_address_failure.failures + 1""", address,
				Timestamp.from(now.truncatedTo(ChronoUnit.MINUTES)));
		this.jdbc.update("delete from login_address_failure where minute < ?", Timestamp.from(windowStart(now)));
	}

	private Instant windowStart(Instant now) {
		return now.truncatedTo(ChronoUnit.MINUTES).minus(this.addressWindow);
	}

	private static String address(String address) {
		return address == null ? "?" : cut(address, 64);
	}

	/** The first characters of a text (Spring's StringUtils.truncate appends a marker, making it longer). */
	static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	private static String currentAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String attempted(AbstractAuthenticationFailureEvent event) {
		return shown(event.getAuthentication().getName());
	}

}
