package vn.boiduong.identity;

/** The capacities in which a person acts (DESIGN §1). One person may hold several. */
public enum Role {

	ADMIN, PROVINCE_PROPAGANDA, DISTRICT_PROPAGANDA, DISTRICT_ORGANIZATION, DISTRICT_OFFICE, DISTRICT_COMMITTEE,
	CENTRE_DIRECTOR, CENTRE_STAFF, LECTURER;

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}

}
