package vn.boiduong.course;

/** Tập trung (a full-time block) or không tập trung (spread over weeks). */
public enum CourseMode {

	CONCENTRATED, NON_CONCENTRATED;

	public String messageKey() {
		return "course.mode." + name();
	}

}
