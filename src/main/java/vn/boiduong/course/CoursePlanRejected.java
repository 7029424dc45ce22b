package vn.boiduong.course;

/** Published when the committee rejected the plan; it is a draft again. */
public record CoursePlanRejected(Long courseId, Long organizingUnitId, String reason) {
}
