package vn.boiduong.attendance;

/** A learner's attendance at one session (có mặt, đi muộn / về sớm, vắng có phép, vắng không phép). */
public enum AttendanceStatus {

	PRESENT, LATE_OR_EARLY, EXCUSED_ABSENCE, UNEXCUSED_ABSENCE;

	/** Both kinds of absence count against the course's rule (DESIGN §4), by default. */
	public boolean isAbsence() {
		return this == EXCUSED_ABSENCE || this == UNEXCUSED_ABSENCE;
	}

	public String messageKey() {
		return "attendance.status." + name();
	}

}
