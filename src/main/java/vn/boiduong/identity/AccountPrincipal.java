package vn.boiduong.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, kept in the HTTP session: who they are and which roles they hold at which
 * units (only at units open on the day it was read). A person acts in the capacity an action needs.
 * The versions and the date say when it must be read again ({@link SignedInSessions}).
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Long id;

	private final String username;

	private final String fullName;

	private String passwordHash;

	private final boolean active;

	private final boolean locked;

	private final List<Assignment> assignments;

	private final long authorizationVersion;

	private final long credentialsVersion;

	/** The first day on which one of the roles stops (its unit closes) or starts (a successor's role), or null. */
	private final LocalDate rolesValidBefore;

	AccountPrincipal(Long id, String username, String fullName, String passwordHash, boolean active, boolean locked,
			List<Assignment> assignments, long authorizationVersion, long credentialsVersion,
			LocalDate rolesValidBefore) {
		this.id = id;
		this.username = username;
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.active = active;
		this.locked = locked;
		this.assignments = List.copyOf(assignments);
		this.authorizationVersion = authorizationVersion;
		this.credentialsVersion = credentialsVersion;
		this.rolesValidBefore = rolesValidBefore;
	}

	/** One role held at one unit. */
	public record Assignment(Role role, Long unitId) implements Serializable {
	}

	public Long getId() {
		return this.id;
	}

	public String getFullName() {
		return this.fullName;
	}

	public List<Assignment> getAssignments() {
		return this.assignments;
	}

	long getAuthorizationVersion() {
		return this.authorizationVersion;
	}

	long getCredentialsVersion() {
		return this.credentialsVersion;
	}

	/**
	 * Whether a role of this principal has stopped (its unit closed) or started (a role given at a successor
	 * from a date) by the day, so it must be read again.
	 */
	boolean rolesExpiredOn(LocalDate today) {
		return this.rolesValidBefore != null && !today.isBefore(this.rolesValidBefore);
	}

	public boolean has(Role role) {
		return this.assignments.stream().anyMatch(a -> a.role() == role);
	}

	/** The units at which this person holds the role. */
	public Set<Long> unitsWith(Role role) {
		Set<Long> units = new LinkedHashSet<>();
		this.assignments.stream().filter(a -> a.role() == role).forEach(a -> units.add(a.unitId()));
		return units;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		this.assignments.forEach(a -> authorities.add(new SimpleGrantedAuthority(a.role().authority())));
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	/** The hash is not kept in the session once the password has been checked. */
	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal p && p.username.equals(this.username);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode();
	}

	@Override
	public String toString() {
		return this.username;
	}

}
