package vn.boiduong.organization;

/** The kinds of organization unit. A "scope" kind is one whose subtree a role at it may see. */
public enum OrgUnitKind {

	PROVINCE(true), DISTRICT_COMMITTEE(true), PROPAGANDA_BOARD(false), ORGANIZATION_BOARD(false),
	COMMITTEE_OFFICE(false), POLITICAL_CENTRE(false), GRASSROOTS_ORGANIZATION(false), PARTY_CELL(false),
	/** A commune, ward or special-zone Party committee: the organizing committee of the two-level era (DESIGN §5). */
	COMMUNE_COMMITTEE(true),
	/** A body of a commune or ward committee (Ban xây dựng đảng). */
	PARTY_BUILDING_BOARD(false),
	/** The provincial propaganda and mass mobilization board, or a special zone's (2025). */
	PROPAGANDA_MASS_MOBILIZATION_BOARD(false),
	/**
	 * The provincial political school: teaches for many committees. Its own scope, so that its staff see the
	 * courses it teaches and not every course of the province.
	 */
	POLITICAL_SCHOOL(true);

	private final boolean scope;

	OrgUnitKind(boolean scope) {
		this.scope = scope;
	}

	/** A role held at this unit or any unit under it sees the subtree of the nearest such unit. */
	public boolean isScope() {
		return this.scope;
	}

	/** A committee that may organize a course: a district committee, or a commune/ward/special-zone committee. */
	public boolean isCommittee() {
		return this == DISTRICT_COMMITTEE || this == COMMUNE_COMMITTEE;
	}

	/** An institution that may teach a course: a political centre or the provincial political school. */
	public boolean isTeachingInstitution() {
		return this == POLITICAL_CENTRE || this == POLITICAL_SCHOOL;
	}

	/**
	 * Whether a unit of this kind may continue a closed unit of the given kind (issue 8): a committee
	 * continues a committee, a committee's body a body, a teaching institution a teaching institution, a
	 * grassroots organization or party cell one of those, the province the province.
	 */
	public boolean maySucceed(OrgUnitKind predecessor) {
		return family() == predecessor.family();
	}

	/** Whether this kind goes with its committee's subtree when the committee is succeeded (cơ sở đảng). */
	public boolean isGrassroots() {
		return this == GRASSROOTS_ORGANIZATION || this == PARTY_CELL;
	}

	private int family() {
		return switch (this) {
			case PROVINCE -> 0;
			case DISTRICT_COMMITTEE, COMMUNE_COMMITTEE -> 1;
			case PROPAGANDA_BOARD, ORGANIZATION_BOARD, COMMITTEE_OFFICE, PARTY_BUILDING_BOARD,
					PROPAGANDA_MASS_MOBILIZATION_BOARD -> 2;
			case POLITICAL_CENTRE, POLITICAL_SCHOOL -> 3;
			case GRASSROOTS_ORGANIZATION, PARTY_CELL -> 4;
		};
	}

	public String messageKey() {
		return "orgUnit.kind." + name();
	}

}
