package vn.boiduong.course;

/** The course list's filters; each null or blank means "any". */
public record CourseFilter(CourseStatus status, Integer year, Long districtId, String text) {

	public static CourseFilter none() {
		return new CourseFilter(null, null, null, null);
	}

}
