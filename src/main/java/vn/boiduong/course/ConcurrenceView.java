package vn.boiduong.course;

import java.time.Instant;

/** One body's opinion in one review round. */
public record ConcurrenceView(int round, ConcurrenceBody body, Verdict verdict, String comment, String userName,
		Instant recordedAt) {
}
