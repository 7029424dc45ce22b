package vn.boiduong.course;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** One step of the course's timeline. */
public record CourseStepView(Instant occurredAt, StepAction action, int round, String userName, String comment) {

	/** "14:05 05/03/2026", on the clock of Vietnam. */
	public String when() {
		return DisplayDates.moment(this.occurredAt);
	}

	/** When, on the clock of Vietnam. */
	public LocalDateTime localTime() {
		return LocalDateTime.ofInstant(this.occurredAt, ZoneId.of("Asia/Ho_Chi_Minh"));
	}

}
