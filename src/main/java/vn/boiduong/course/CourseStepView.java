package vn.boiduong.course;

import java.time.Instant;

/** One step of the course's timeline. */
public record CourseStepView(Instant occurredAt, StepAction action, int round, String userName, String comment) {
}
