package vn.boiduong.course;

/** Published when the committee approved the plan and recorded its decision to open the class. */
public record CoursePlanApproved(Long courseId, Long organizingUnitId, OpeningDecisionView decision) {
}
