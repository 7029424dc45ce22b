package vn.boiduong.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.organization.OrgTree;
import vn.boiduong.organization.OrgUnitClosed;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitSuccession;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.organization.UnitsReorganized;
import vn.boiduong.shared.NotFoundException;
import vn.boiduong.shared.PageView;
import vn.boiduong.shared.RuleViolationException;

/** Accounts and their roles, as the administrator manages them, and each user's own password. */
@Service
public class UserAccountService {

	static final String AUDIT_TYPE = "UserAccount";

	public static final int MIN_PASSWORD_LENGTH = 8;

	/** BCrypt hashes at most 72 bytes and refuses more; a Vietnamese letter takes two or three bytes. */
	static final int MAX_PASSWORD_BYTES = 72;

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final OrgUnitService units;

	private final AuditLog audit;

	private final Clock clock;

	/**
	 * The transaction-scoped PostgreSQL advisory lock taken before the last-administrator rule is
	 * checked: two administrators removing each other at the same moment are checked one after the
	 * other, the second seeing what the first committed.
	 */
	static final long ADMINISTRATORS_LOCK = 0x41444D494EL;

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	private final JdbcTemplate jdbc;

	private final LoginAttempts loginAttempts;

	UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, OrgUnitService units,
			AuditLog audit, Clock clock, ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
			JdbcTemplate jdbc, LoginAttempts loginAttempts) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.loginAttempts = loginAttempts;
	}

	@Transactional(readOnly = true)
	public Page<UserView> search(String text, int page, int size) {
		// A non-null pattern: a null parameter leaves PostgreSQL guessing its type (bytea) once the
		// driver prepares the statement on the server.
		String pattern = StringUtils.hasText(text) ? "%" + text.trim().toLowerCase(Locale.ROOT) + "%" : "%";
		return this.accounts.search(pattern, PageView.request(page, size, Sort.unsorted()))
			.map(a -> UserView.of(a, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public UserView get(Long id) {
		return UserView.of(load(id), this.clock.instant());
	}

	@Transactional(readOnly = true)
	public boolean anyAccountExists() {
		return this.accounts.count() > 0;
	}

	@Transactional
	public UserView create(String username, String fullName, String email, String phone, String rawPassword) {
		String name = username.trim();
		if (this.accounts.existsByUsernameIgnoreCase(name)) {
			throw RuleViolationException.onField("username", "user.error.usernameTaken", name);
		}
		checkPassword("password", rawPassword);
		UserAccount account = this.accounts.saveAndFlush(new UserAccount(name, fullName.trim(), blankToNull(email),
				blankToNull(phone), this.passwordEncoder.encode(rawPassword), this.clock.instant()));
		this.audit.record("USER_CREATED", AUDIT_TYPE, account.getId(), null, snapshot(account));
		return UserView.of(account, this.clock.instant());
	}

	@Transactional
	public UserView updateProfile(Long id, long expectedVersion, String fullName, String email, String phone) {
		UserAccount account = load(id, expectedVersion);
		Map<String, Object> before = snapshot(account);
		account.updateProfile(fullName.trim(), blankToNull(email), blankToNull(phone));
		this.accounts.flush();
		this.audit.record("USER_UPDATED", AUDIT_TYPE, id, before, snapshot(account));
		return UserView.of(account, this.clock.instant());
	}

	@Transactional
	public UserView assignRole(Long id, Role role, Long unitId) {
		UserAccount account = load(id);
		OrgUnitView unit = this.units.find(unitId)
			.orElseThrow(() -> RuleViolationException.onField("unitId", "user.error.unitUnknown"));
		if (unit.closedOn(LocalDate.now(this.clock.withZone(AccountUserDetailsService.ZONE)))) {
			throw RuleViolationException.onField("unitId", "user.error.unitClosed", unit.name());
		}
		if (!role.mayBeHeldAt(unit.kind(), this.units.scopeOf(unitId).kind())) {
			throw RuleViolationException.onField("unitId", "user.error.roleNotAtUnit", unit.name());
		}
		if (account.holds(role, unitId)) {
			throw RuleViolationException.onField("role", "user.error.roleHeld", unit.name());
		}
		Map<String, Object> before = snapshot(account);
		account.assign(role, unitId);
		this.accounts.flush();
		this.audit.record("ROLE_ASSIGNED", AUDIT_TYPE, id, before, snapshot(account));
		return UserView.of(account, this.clock.instant());
	}

	@Transactional
	public UserView removeRole(Long id, Long assignmentId) {
		UserAccount account = load(id);
		Map<String, Object> before = snapshot(account);
		RoleAssignment assignment = account.getRoles()
			.stream()
			.filter(r -> assignmentId.equals(r.getId()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("RoleAssignment", assignmentId));
		if (assignment.getRole() == Role.ADMIN && account.isActive()
				&& account.getRoles().stream().filter(r -> r.getRole() == Role.ADMIN).count() == 1) {
			requireAnotherActiveAdministrator();
		}
		account.remove(assignmentId);
		this.accounts.flush();
		this.audit.record("ROLE_REMOVED", AUDIT_TYPE, id, before, snapshot(account));
		return UserView.of(account, this.clock.instant());
	}

	@Transactional
	public void resetPassword(Long id, String rawPassword) {
		UserAccount account = load(id);
		checkPassword("password", rawPassword);
		account.changePassword(this.passwordEncoder.encode(rawPassword));
		this.accounts.flush();
		this.loginAttempts.forget(account.getUsername());
		this.audit.record("PASSWORD_RESET", AUDIT_TYPE, id, null, null);
		endSessions(account.getUsername());
	}

	/**
	 * Deactivates an account: it can no longer sign in, and its open sessions end. The last active
	 * administrator cannot be deactivated, or no one could manage the accounts any more.
	 */
	@Transactional
	public UserView deactivate(Long id) {
		UserAccount account = load(id);
		if (!account.isActive()) {
			return UserView.of(account, this.clock.instant());
		}
		if (account.holds(Role.ADMIN)) {
			requireAnotherActiveAdministrator();
		}
		Map<String, Object> before = snapshot(account);
		account.deactivate();
		this.accounts.flush();
		this.audit.record("USER_DEACTIVATED", AUDIT_TYPE, id, before, snapshot(account));
		endSessions(account.getUsername());
		return UserView.of(account, this.clock.instant());
	}

	/**
	 * Removes the person's stored sessions at once. Even without this, every session signed in before
	 * a password change or a deactivation ends on its next request ({@link SignedInSessions}).
	 */
	private void endSessions(String username) {
		this.sessions.ifAvailable(repository -> repository.findByPrincipalName(username)
			.keySet()
			.forEach(repository::deleteById));
	}

	/** A unit closed: the sessions of those holding a role there read their roles again. */
	@EventListener
	@Transactional
	public void on(OrgUnitClosed event) {
		this.accounts.authorizationsChangedAtUnit(event.unitId());
	}

	/**
	 * Units were reorganized (issue 8): each role held at a closed unit is given at its successor, acting
	 * from the day of the reorganization (until then the person keeps acting at the closing unit). The
	 * people concerned get their new roles at their next request. A role that cannot be held at the
	 * successor (a political centre's role at a committee) refuses the whole reorganization, with the
	 * names, rather than dropping the role silently.
	 */
	@EventListener
	@Transactional
	public void on(UnitsReorganized event) {
		if (!event.rolesMove()) {
			return;
		}
		OrgTree tree = this.units.currentTree();
		for (OrgUnitSuccession succession : event.successions()) {
			OrgUnitView closed = tree.get(succession.predecessorId());
			OrgUnitView successor = tree.get(succession.successorId());
			OrgUnitKind scopeKind = tree.scopeOf(successor.id()).kind();
			for (UserAccount account : this.accounts.findHoldingAt(closed.id())) {
				Map<String, Object> before = snapshot(account);
				boolean given = false;
				for (RoleAssignment role : List.copyOf(account.getRoles())) {
					if (!role.getUnitId().equals(closed.id()) || account.holds(role.getRole(), successor.id())) {
						continue;
					}
					if (!role.getRole().mayBeHeldAt(successor.kind(), scopeKind)) {
						throw new RuleViolationException("reorganize.error.roleNotAtSuccessor",
								new DefaultMessageSourceResolvable(role.getRole().messageKey()), account.getFullName(),
								closed.name(), successor.name());
					}
					account.assign(role.getRole(), successor.id(), succession.on());
					given = true;
				}
				if (given) {
					this.accounts.flush();
					this.audit.record("ROLES_MOVED", AUDIT_TYPE, account.getId(), before, snapshot(account));
				}
			}
		}
	}

	/** Lifts a lockout after failed sign-ins before it runs out. */
	@Transactional
	public UserView unlock(Long id) {
		UserAccount account = load(id);
		Map<String, Object> before = snapshot(account);
		account.unlock();
		this.loginAttempts.forget(account.getUsername());
		this.accounts.flush();
		this.audit.record("USER_UNLOCKED", AUDIT_TYPE, id, before, snapshot(account));
		return UserView.of(account, this.clock.instant());
	}

	private void requireAnotherActiveAdministrator() {
		this.jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, ADMINISTRATORS_LOCK);
		if (this.accounts.countActiveHolding(Role.ADMIN) <= 1) {
			throw new RuleViolationException("user.error.lastAdministrator");
		}
	}

	@Transactional
	public UserView activate(Long id) {
		UserAccount account = load(id);
		Map<String, Object> before = snapshot(account);
		account.activate();
		this.loginAttempts.forget(account.getUsername());
		this.accounts.flush();
		this.audit.record("USER_ACTIVATED", AUDIT_TYPE, id, before, snapshot(account));
		return UserView.of(account, this.clock.instant());
	}

	/** A user changes their own password, proving they know the current one. */
	@Transactional
	public void changeOwnPassword(String username, String currentPassword, String newPassword) {
		UserAccount account = this.accounts.findByUsernameWithRoles(username)
			.orElseThrow(() -> new NotFoundException("UserAccount", username));
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw RuleViolationException.onField("currentPassword", "password.error.currentWrong");
		}
		checkPassword("newPassword", newPassword);
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.accounts.flush();
		this.loginAttempts.forget(account.getUsername());
		this.audit.record("PASSWORD_CHANGED", AUDIT_TYPE, account.getId(), null, null);
	}

	private void checkPassword(String field, String raw) {
		if (raw == null || raw.length() < MIN_PASSWORD_LENGTH) {
			throw RuleViolationException.onField(field, "password.error.tooShort", MIN_PASSWORD_LENGTH);
		}
		if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw RuleViolationException.onField(field, "password.error.tooLong", MAX_PASSWORD_BYTES);
		}
	}

	private UserAccount load(Long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("UserAccount", id));
	}

	private UserAccount load(Long id, long expectedVersion) {
		UserAccount account = load(id);
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		return account;
	}

	private static Map<String, Object> snapshot(UserAccount account) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("username", account.getUsername());
		s.put("fullName", account.getFullName());
		s.put("email", account.getEmail());
		s.put("phone", account.getPhone());
		s.put("active", account.isActive());
		s.put("roles", account.getRoles()
			.stream()
			.map(r -> r.getRole() + "@" + r.getUnitId() + (r.getValidFrom() == null ? "" : " from " + r.getValidFrom()))
			.toList());
		return s;
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

}
