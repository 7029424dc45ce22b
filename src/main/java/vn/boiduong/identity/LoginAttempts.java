package vn.boiduong.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

import vn.boiduong.audit.AuditLog;

/**
 * Counts failed sign-ins: after {@code app.login.max-failed-attempts} in a row the account is locked
 * for {@code app.login.lock-duration}. Every sign-in, failure and lockout goes to the audit log.
 */
@Component
class LoginAttempts {

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final int maxFailedAttempts;

	private final Duration lockDuration;

	LoginAttempts(JdbcTemplate jdbc, AuditLog audit, Clock clock,
			@Value("${app.login.max-failed-attempts:5}") int maxFailedAttempts,
			@Value("${app.login.lock-duration:15m}") Duration lockDuration) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.maxFailedAttempts = maxFailedAttempts;
		this.lockDuration = lockDuration;
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		this.jdbc.update("update user_account set failed_attempts = 0, locked_until = null "
				+ "where lower(username) = lower(?) and (failed_attempts > 0 or locked_until is not null)", username);
		this.audit.recordAs(username, "LOGIN", "UserAccount", null, null, null, null);
	}

	@EventListener
	@Transactional
	public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		String username = attempted(event);
		Instant now = this.clock.instant();
		Instant lockUntil = now.plus(this.lockDuration);
		// A lock that has run out starts a fresh count: the user gets the full number of attempts again.
		this.jdbc.update("update user_account set failed_attempts = 0, locked_until = null "
				+ "where lower(username) = lower(?) and locked_until <= ?", username, Timestamp.from(now));
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				update user_account set failed_attempts = failed_attempts + 1,
				       locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
				where lower(username) = lower(?)
				returning failed_attempts""", this.maxFailedAttempts, Timestamp.from(lockUntil), username);
		this.audit.recordAs(username, "LOGIN_FAILED", "UserAccount", null, null, null, null);
		if (!rows.isEmpty() && ((Number) rows.get(0).get("failed_attempts")).intValue() == this.maxFailedAttempts) {
			this.audit.recordAs(username, "ACCOUNT_LOCKED", "UserAccount", null, null, null,
					"locked until " + lockUntil);
		}
	}

	@EventListener
	@Transactional
	public void onLocked(AuthenticationFailureLockedEvent event) {
		this.audit.recordAs(attempted(event), "LOGIN_REFUSED_LOCKED", "UserAccount", null, null, null, null);
	}

	private static String attempted(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication().getName();
		return StringUtils.hasText(name) ? StringUtils.truncate(name.trim(), 60) : "?";
	}

}
