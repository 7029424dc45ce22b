package vn.boiduong.course;

/** Published when the course was cancelled before it opened. */
public record CourseCancelled(Long courseId, Long organizingUnitId, CourseStatus previousStatus, String reason) {
}
