package vn.boiduong.course;

/** Published when the plan was sent to the organization board and the office for opinions. */
public record CoursePlanSubmitted(Long courseId, Long organizingUnitId, int round) {
}
