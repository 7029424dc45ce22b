package vn.boiduong.learner;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Học viên: a party member in the registry of a province, whatever the number of courses they take. */
@Entity
@Table(name = "learner")
class Learner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fullName;

	private String givenName;

	private String searchName;

	private LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private String ethnicity;

	private Long partyOrganizationId;

	@Enumerated(EnumType.STRING)
	private LearnerPosition position;

	private LocalDate joinedPartyOn;

	private String partyCardNumber;

	private String phone;

	/** The organizing committee whose staff entered the learner. */
	private Long registeredByUnitId;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Learner() {
	}

	Learner(LearnerDetails details, Long registeredByUnitId, Instant now) {
		this.registeredByUnitId = registeredByUnitId;
		this.createdAt = now;
		update(details, now);
	}

	final void update(LearnerDetails details, Instant now) {
		this.fullName = VietnameseNames.normalize(details.fullName());
		this.givenName = VietnameseNames.givenName(this.fullName);
		this.searchName = VietnameseNames.searchKey(this.fullName);
		this.birthDate = details.birthDate();
		this.gender = details.gender();
		this.ethnicity = details.ethnicity();
		this.partyOrganizationId = details.partyOrganizationId();
		this.position = details.position();
		this.joinedPartyOn = details.joinedPartyOn();
		this.partyCardNumber = details.partyCardNumber();
		this.phone = details.phone();
		this.updatedAt = now;
	}

	LearnerView toView() {
		return new LearnerView(this.id, this.fullName, this.birthDate, this.gender, this.ethnicity,
				this.partyOrganizationId, this.position, this.joinedPartyOn, this.partyCardNumber, this.phone,
				this.version);
	}

	Long getId() {
		return this.id;
	}

}
