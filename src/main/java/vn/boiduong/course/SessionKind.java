package vn.boiduong.course;

/** What happens in a class session (DESIGN §3). */
public enum SessionKind {

	LECTURE, DISCUSSION, QA, FIELD_VISIT, EXPERIENCE_REPORT, SELF_STUDY, OPENING, CLOSING;

	public String messageKey() {
		return "course.sessionKind." + name();
	}

}
