package vn.boiduong.course;

/** What happened at one step of a course's timeline. */
public enum StepAction {

	CREATED, SUBMITTED, CONCURRED, CHANGES_REQUESTED, APPROVED, REJECTED, CANCELLED, OPENED, CLOSED, SESSION_CHANGED;

	public String messageKey() {
		return "course.step." + name();
	}

}
