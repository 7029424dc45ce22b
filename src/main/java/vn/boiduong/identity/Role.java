package vn.boiduong.identity;

import vn.boiduong.organization.OrgUnitKind;

/** The capacities in which a person acts (DESIGN §1). One person may hold several. */
public enum Role {

	ADMIN, PROVINCE_PROPAGANDA, DISTRICT_PROPAGANDA, DISTRICT_ORGANIZATION, DISTRICT_OFFICE, DISTRICT_COMMITTEE,
	CENTRE_DIRECTOR, CENTRE_STAFF, LECTURER;

	/**
	 * Where the role may be held: province roles at the province or one of its bodies, district roles at
	 * a district committee or one of its bodies, the political centre's roles at a political centre. A
	 * district role held at the province would otherwise reach every district.
	 */
	public boolean mayBeHeldAt(OrgUnitKind unitKind, OrgUnitKind scopeKind) {
		return switch (this) {
			case ADMIN, PROVINCE_PROPAGANDA -> scopeKind == OrgUnitKind.PROVINCE;
			case DISTRICT_PROPAGANDA, DISTRICT_ORGANIZATION, DISTRICT_OFFICE, DISTRICT_COMMITTEE -> scopeKind.isCommittee();
			case CENTRE_DIRECTOR, CENTRE_STAFF, LECTURER -> unitKind.isTeachingInstitution();
		};
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}

}
