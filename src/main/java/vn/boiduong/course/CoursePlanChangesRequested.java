package vn.boiduong.course;

/** Published when one body asked for changes; the plan is a draft again. */
public record CoursePlanChangesRequested(Long courseId, Long organizingUnitId, int round, Long bodyUnitId, String comment) {
}
