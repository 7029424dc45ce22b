package vn.boiduong.course;

import vn.boiduong.identity.Role;

/** The two bodies of the district whose opinion a plan needs, and the role that speaks for each. */
public enum ConcurrenceBody {

	ORGANIZATION_BOARD(Role.DISTRICT_ORGANIZATION), COMMITTEE_OFFICE(Role.DISTRICT_OFFICE);

	private final Role role;

	ConcurrenceBody(Role role) {
		this.role = role;
	}

	public Role role() {
		return this.role;
	}

	public String messageKey() {
		return "course.body." + name();
	}

}
