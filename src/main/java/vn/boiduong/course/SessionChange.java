package vn.boiduong.course;

import java.time.LocalDate;
import java.time.LocalTime;

/** What a change after approval may touch in a session: its day and hours, its place, its teacher. */
public record SessionChange(LocalDate date, PartOfDay partOfDay, LocalTime startTime, LocalTime endTime, String place,
		Long lecturerUserId, String guestSpeakerName) {
}
