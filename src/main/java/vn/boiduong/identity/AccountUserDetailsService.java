package vn.boiduong.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;

/**
 * Reads the person who signs in, or whose session is read again. A name without an active account is
 * answered by a stand-in that no password matches, so an unknown or deactivated name goes through the
 * same password check and the same count of failures (then the same lock) as a known one.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final UserAccountRepository accounts;

	private final OrgUnitService units;

	private final LoginAttempts attempts;

	private final Clock clock;

	/** The hash of a random secret: the same cost to check as a real password, and nothing matches it. */
	private final String unmatchablePasswordHash;

	AccountUserDetailsService(UserAccountRepository accounts, OrgUnitService units, LoginAttempts attempts,
			PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.units = units;
		this.attempts = attempts;
		this.clock = clock;
		this.unmatchablePasswordHash = passwordEncoder.encode(UUID.randomUUID().toString());
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String name = username == null ? "" : username.trim();
		Instant lockedUntil = this.attempts.lockedUntil(name);
		boolean locked = lockedUntil != null && lockedUntil.isAfter(this.clock.instant());
		Optional<UserAccount> account = name.isEmpty() || name.length() > LoginAttempts.MAX_USERNAME_LENGTH
				? Optional.empty() : this.accounts.findByUsernameWithRoles(name);
		if (account.isEmpty() || !account.get().isActive()) {
			return new AccountPrincipal(null, LoginAttempts.shown(name), "", this.unmatchablePasswordHash, true, locked,
					List.of(), -1, -1, null);
		}
		return principalOf(account.get(), locked);
	}

	/** The account as a session keeps it, read again (null when it is gone). */
	@Transactional(readOnly = true)
	public AccountPrincipal reload(Long id) {
		return this.accounts.findById(id).filter(UserAccount::isActive).map(a -> principalOf(a, false)).orElse(null);
	}

	/**
	 * Roles held at units that are open today; a role at a unit closing on a later day holds until that
	 * day (the unit's validTo is its first closed day: "Đã giải thể từ ..."). A role that acts from a later
	 * day (given at a successor by a reorganization, or at a unit not yet opened) does not act yet. The
	 * principal is read again on the first day one of these changes.
	 */
	AccountPrincipal principalOf(UserAccount account, boolean locked) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		Map<Long, OrgUnitView> unitsById = this.units
			.findAll(account.getRoles().stream().map(RoleAssignment::getUnitId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
		List<AccountPrincipal.Assignment> assignments = new ArrayList<>();
		LocalDate validBefore = null;
		for (RoleAssignment role : account.getRoles()) {
			OrgUnitView unit = unitsById.get(role.getUnitId());
			if (unit == null || unit.closedOn(today)) {
				continue;
			}
			LocalDate from = later(role.getValidFrom(), unit.validFrom());
			if (today.isBefore(from)) {
				validBefore = earlier(validBefore, from);
				continue;
			}
			assignments.add(new AccountPrincipal.Assignment(role.getRole(), role.getUnitId()));
			validBefore = earlier(validBefore, unit.validTo());
		}
		return new AccountPrincipal(account.getId(), account.getUsername(), account.getFullName(),
				account.getPasswordHash(), account.isActive(), locked, assignments, account.getAuthorizationVersion(),
				account.getCredentialsVersion(), validBefore);
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a == null ? b : (b == null || a.isAfter(b) ? a : b);
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a == null ? b : (b == null || a.isBefore(b) ? a : b);
	}

}
