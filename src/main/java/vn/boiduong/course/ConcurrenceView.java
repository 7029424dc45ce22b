package vn.boiduong.course;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** One body's opinion in one review round. */
public record ConcurrenceView(int round, Long bodyUnitId, String bodyName, Verdict verdict, String comment, String userName,
		Instant recordedAt) {

	/** "14:05 05/03/2026", on the clock of Vietnam. */
	public String when() {
		return DisplayDates.moment(this.recordedAt);
	}

	/** When, on the clock of Vietnam. */
	public LocalDateTime localTime() {
		return LocalDateTime.ofInstant(this.recordedAt, ZoneId.of("Asia/Ho_Chi_Minh"));
	}

}
