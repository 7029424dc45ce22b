package vn.boiduong.organization;

/** The kinds of organization unit. A "scope" kind is one whose subtree a role at it may see. */
public enum OrgUnitKind {

	PROVINCE(true), DISTRICT_COMMITTEE(true), PROPAGANDA_BOARD(false), ORGANIZATION_BOARD(false),
	COMMITTEE_OFFICE(false), POLITICAL_CENTRE(false), GRASSROOTS_ORGANIZATION(false), PARTY_CELL(false);

	private final boolean scope;

	OrgUnitKind(boolean scope) {
		this.scope = scope;
	}

	/** A role held at this unit or any unit under it sees the subtree of the nearest such unit. */
	public boolean isScope() {
		return this.scope;
	}

	public String messageKey() {
		return "orgUnit.kind." + name();
	}

}
