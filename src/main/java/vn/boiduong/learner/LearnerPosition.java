package vn.boiduong.learner;

/**
 * The position a learner holds in their party organization: the learners HD 59 is written for are
 * branch secretaries and deputies, and members of grassroots party committees.
 */
public enum LearnerPosition {

	/** Bí thư chi bộ. */
	PARTY_CELL_SECRETARY,
	/** Phó bí thư chi bộ. */
	PARTY_CELL_DEPUTY_SECRETARY,
	/** Chi ủy viên. */
	PARTY_CELL_COMMITTEE_MEMBER,
	/** Bí thư đảng ủy cơ sở (or chi bộ cơ sở). */
	GRASSROOTS_SECRETARY,
	/** Phó bí thư đảng ủy cơ sở. */
	GRASSROOTS_DEPUTY_SECRETARY,
	/** Đảng ủy viên cơ sở. */
	GRASSROOTS_COMMITTEE_MEMBER;

	public String messageKey() {
		return "learner.position." + name();
	}

}
