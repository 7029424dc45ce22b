package vn.boiduong.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;

@Entity
@Table(name = "user_account")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String username;

	@Column(nullable = false)
	private String fullName;

	private String email;

	private String phone;

	@Column(nullable = false)
	private String passwordHash;

	private boolean active = true;

	/** Until when sign-in under this name is locked after failed attempts (kept per name in login_failure). */
	@Formula("(select f.locked_until from login_failure f where f.name_key = lower(username))")
	private Instant lockedUntil;

	/** Changes with every change to the roles or the status: open sessions read their roles again. */
	private long authorizationVersion;

	/** Changes with every password change: sessions signed in before it end. */
	private long credentialsVersion;

	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("role, unitId")
	private List<RoleAssignment> roles = new ArrayList<>();

	protected UserAccount() {
	}

	UserAccount(String username, String fullName, String email, String phone, String passwordHash, Instant now) {
		this.username = username;
		this.fullName = fullName;
		this.email = email;
		this.phone = phone;
		this.passwordHash = passwordHash;
		this.createdAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getFullName() {
		return this.fullName;
	}

	String getEmail() {
		return this.email;
	}

	String getPhone() {
		return this.phone;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	boolean isActive() {
		return this.active;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

	long getVersion() {
		return this.version;
	}

	long getAuthorizationVersion() {
		return this.authorizationVersion;
	}

	long getCredentialsVersion() {
		return this.credentialsVersion;
	}

	List<RoleAssignment> getRoles() {
		return this.roles;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	void updateProfile(String fullName, String email, String phone) {
		this.fullName = fullName;
		this.email = email;
		this.phone = phone;
	}

	/** A new password: every session signed in with the old one ends. The sign-in lock is lifted by the caller. */
	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.lockedUntil = null;
		this.credentialsVersion++;
		this.authorizationVersion++;
	}

	void deactivate() {
		this.active = false;
		this.authorizationVersion++;
	}

	/** The sign-in lock as this object shows it; the lock itself is lifted by the caller. */
	void unlock() {
		this.lockedUntil = null;
	}

	void activate() {
		this.active = true;
		this.lockedUntil = null;
		this.authorizationVersion++;
	}

	/** The roles or the units they are held at changed. */
	void authorizationsChanged() {
		this.authorizationVersion++;
	}

	boolean holds(Role role) {
		return this.roles.stream().anyMatch(r -> r.getRole() == role);
	}

	boolean holds(Role role, Long unitId) {
		return this.roles.stream().anyMatch(r -> r.getRole() == role && r.getUnitId().equals(unitId));
	}

	RoleAssignment assign(Role role, Long unitId) {
		return assign(role, unitId, null);
	}

	/** A role that acts from a day (null: at once). */
	RoleAssignment assign(Role role, Long unitId, LocalDate validFrom) {
		RoleAssignment assignment = new RoleAssignment(this, role, unitId, validFrom);
		this.roles.add(assignment);
		this.authorizationVersion++;
		return assignment;
	}

	boolean remove(Long assignmentId) {
		boolean removed = this.roles.removeIf(r -> assignmentId.equals(r.getId()));
		if (removed) {
			this.authorizationVersion++;
		}
		return removed;
	}

}
