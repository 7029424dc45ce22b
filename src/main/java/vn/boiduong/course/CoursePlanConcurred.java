package vn.boiduong.course;

/** Published when one body concurred with the plan; {@code allConcurred} when the plan now waits for the committee. */
public record CoursePlanConcurred(Long courseId, Long organizingUnitId, int round, Long bodyUnitId, boolean allConcurred) {
}
