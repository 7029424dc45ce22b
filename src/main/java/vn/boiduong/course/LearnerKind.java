package vn.boiduong.course;

/** The learners Guidance 59 targets. */
public enum LearnerKind {

	BRANCH_SECRETARY, DEPUTY_SECRETARY, GRASSROOTS_COMMITTEE_MEMBER;

	public String messageKey() {
		return "course.learnerKind." + name();
	}

}
