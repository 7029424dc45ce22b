package vn.boiduong.course;

/** Thống nhất, or đề nghị chỉnh sửa. */
public enum Verdict {

	CONCUR, REQUEST_CHANGES;

	public String messageKey() {
		return "course.verdict." + name();
	}

}
