package vn.boiduong.organization;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "org_unit")
class OrgUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrgUnitKind kind;

	@Column(nullable = false)
	private String name;

	private String shortName;

	private Long parentId;

	@Column(nullable = false)
	private String path = "/";

	@Column(nullable = false)
	private LocalDate validFrom;

	private LocalDate validTo;

	@Version
	private long version;

	protected OrgUnit() {
	}

	OrgUnit(OrgUnitKind kind, String name, String shortName, Long parentId, LocalDate validFrom) {
		this.kind = kind;
		this.name = name;
		this.shortName = shortName;
		this.parentId = parentId;
		this.validFrom = validFrom;
	}

	Long getId() {
		return this.id;
	}

	OrgUnitKind getKind() {
		return this.kind;
	}

	String getName() {
		return this.name;
	}

	String getShortName() {
		return this.shortName;
	}

	Long getParentId() {
		return this.parentId;
	}

	String getPath() {
		return this.path;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

	long getVersion() {
		return this.version;
	}

	void setPath(String path) {
		this.path = path;
	}

	void rename(OrgUnitKind kind, String name, String shortName, LocalDate validFrom) {
		this.kind = kind;
		this.name = name;
		this.shortName = shortName;
		this.validFrom = validFrom;
	}

	void moveUnder(Long parentId) {
		this.parentId = parentId;
	}

	boolean isClosed() {
		return this.validTo != null;
	}

	void close(LocalDate on) {
		if (on.isBefore(this.validFrom)) {
			throw new IllegalArgumentException("closing date before the unit began");
		}
		this.validTo = on;
	}

	void reopen() {
		this.validTo = null;
	}

	OrgUnitView toView() {
		return new OrgUnitView(this.id, this.kind, this.name, this.shortName, this.parentId, this.path, this.validFrom,
				this.validTo, this.version);
	}

}
