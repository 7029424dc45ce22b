package vn.boiduong.identity;

import java.time.Instant;
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

	private int failedAttempts;

	private Instant lockedUntil;

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

	int getFailedAttempts() {
		return this.failedAttempts;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

	long getVersion() {
		return this.version;
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

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	void deactivate() {
		this.active = false;
	}

	void unlock() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	void activate() {
		this.active = true;
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	boolean holds(Role role) {
		return this.roles.stream().anyMatch(r -> r.getRole() == role);
	}

	boolean holds(Role role, Long unitId) {
		return this.roles.stream().anyMatch(r -> r.getRole() == role && r.getUnitId().equals(unitId));
	}

	RoleAssignment assign(Role role, Long unitId) {
		RoleAssignment assignment = new RoleAssignment(this, role, unitId);
		this.roles.add(assignment);
		return assignment;
	}

	boolean remove(Long assignmentId) {
		return this.roles.removeIf(r -> assignmentId.equals(r.getId()));
	}

}
