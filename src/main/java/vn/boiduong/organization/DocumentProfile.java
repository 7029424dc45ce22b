package vn.boiduong.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.boiduong.shared.document.DocumentFormat;

/** A unit's own document profile (V75); see {@link DocumentProfileView}. */
@Entity
@Table(name = "org_unit_document_profile")
class DocumentProfile {

	@Id
	private Long unitId;

	@Column(nullable = false)
	private String symbol;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DocumentFormat format;

	private String superiorName;

	private String printedName;

	private String signingMandate;

	@Column(nullable = false)
	private String headTitle;

	@Column(nullable = false)
	private String deputyTitle;

	private String headName;

	@Column(nullable = false)
	private String placeName;

	@Version
	private Long version;

	protected DocumentProfile() {
	}

	DocumentProfile(Long unitId) {
		this.unitId = unitId;
	}

	Long getVersion() {
		return this.version;
	}

	void apply(DocumentProfileDetails details) {
		this.symbol = details.symbol().strip();
		this.format = details.format();
		this.superiorName = blankToNull(details.superiorName());
		this.printedName = blankToNull(details.printedName());
		this.signingMandate = blankToNull(details.signingMandate());
		this.headTitle = details.headTitle().strip();
		this.deputyTitle = details.deputyTitle().strip();
		this.headName = blankToNull(details.headName());
		this.placeName = details.placeName().strip();
	}

	DocumentProfileView toView() {
		return new DocumentProfileView(this.unitId, this.symbol, this.format, this.superiorName, this.printedName,
				this.signingMandate, this.headTitle, this.deputyTitle, this.headName, this.placeName, this.version);
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
