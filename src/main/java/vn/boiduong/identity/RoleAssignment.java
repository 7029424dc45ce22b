package vn.boiduong.identity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "role_assignment")
class RoleAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private UserAccount user;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(nullable = false)
	private Long unitId;

	/** The first day the role acts (a role given at a successor acts from the reorganization's date), or null. */
	private LocalDate validFrom;

	protected RoleAssignment() {
	}

	RoleAssignment(UserAccount user, Role role, Long unitId, LocalDate validFrom) {
		this.user = user;
		this.role = role;
		this.unitId = unitId;
		this.validFrom = validFrom;
	}

	Long getId() {
		return this.id;
	}

	Role getRole() {
		return this.role;
	}

	Long getUnitId() {
		return this.unitId;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

}
