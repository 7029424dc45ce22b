package vn.boiduong.course;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** One body's opinion in one review round. */
public record ConcurrenceView(int round, ConcurrenceBody body, Verdict verdict, String comment, String userName,
		Instant recordedAt) {

	/** When, on the clock of Vietnam. */
	public LocalDateTime localTime() {
		return LocalDateTime.ofInstant(this.recordedAt, ZoneId.of("Asia/Ho_Chi_Minh"));
	}

}
