package vn.boiduong.course;

/** What the signed-in user may do to a course right now; the course page shows only these buttons. */
public enum CourseAction {

	EDIT, SUBMIT, GIVE_OPINION, APPROVE, REJECT, CANCEL,
	PROPOSE_LEARNERS, CONFIRM_ROSTER, OPEN_CLASS, CLOSE_CLASS, TAKE_ATTENDANCE, CORRECT_ATTENDANCE,
	CHANGE_SESSION;

}
