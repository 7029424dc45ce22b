package vn.boiduong.course;

/** What the signed-in user may do to a course right now; the course page shows only these buttons. */
public enum CourseAction {

	EDIT, SUBMIT, OPINION_AS_ORGANIZATION_BOARD, OPINION_AS_COMMITTEE_OFFICE, APPROVE, REJECT, CANCEL,
	PROPOSE_LEARNERS, CONFIRM_ROSTER, OPEN_CLASS, CLOSE_CLASS, TAKE_ATTENDANCE, CORRECT_ATTENDANCE,
	CHANGE_SESSION;

	public static CourseAction opinionAs(ConcurrenceBody body) {
		return body == ConcurrenceBody.ORGANIZATION_BOARD ? OPINION_AS_ORGANIZATION_BOARD : OPINION_AS_COMMITTEE_OFFICE;
	}

}
