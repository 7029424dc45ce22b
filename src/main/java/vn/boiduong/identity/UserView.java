package vn.boiduong.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An account as the administration pages show it (never the password hash). */
public record UserView(Long id, String username, String fullName, String email, String phone, boolean active,
		boolean locked, Instant lockedUntil, long version, List<RoleView> roles) {

	/** A role at a unit; {@code validFrom} is the first day it acts, or null when it acts since assigned. */
	public record RoleView(Long id, Role role, Long unitId, LocalDate validFrom) {
	}

	static UserView of(UserAccount account, Instant now) {
		return new UserView(account.getId(), account.getUsername(), account.getFullName(), account.getEmail(),
				account.getPhone(), account.isActive(), account.isLockedAt(now), account.getLockedUntil(),
				account.getVersion(),
				account.getRoles().stream().map(r -> new RoleView(r.getId(), r.getRole(), r.getUnitId(), r.getValidFrom())).toList());
	}

}
