package vn.boiduong.course.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.Delivery;
import vn.boiduong.course.PartOfDay;
import vn.boiduong.course.SessionDetails;
import vn.boiduong.course.SessionKind;

/**
 * A timetable session; no part of day means explicit start and end times. {@code version} is the course's
 * version the user started from: an edit someone else's save outdated is refused.
 */
record SessionForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, PartOfDay partOfDay,
		@DateTimeFormat(pattern = "HH:mm") LocalTime startTime, @DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
		@NotNull SessionKind kind, Long lessonId, List<Long> requirementIds, Long electiveTopicId,
		@Size(max = 1000) String topicText, @NotNull Delivery delivery, @Size(max = 500) String place,
		Long lecturerUserId, @Size(max = 200) String guestSpeakerName, Long version) {

	static SessionForm empty(LocalDate date, Delivery delivery, String place, long version) {
		return new SessionForm(date, PartOfDay.MORNING, null, null, SessionKind.LECTURE, null, List.of(), null, "",
				delivery, place, null, "", version);
	}

	/** {@code version} is the course's: every change to the timetable moves it. */
	static SessionForm of(ClassSessionView s, long version) {
		return new SessionForm(s.date(), s.partOfDay(), s.partOfDay() == null ? s.startTime() : null,
				s.partOfDay() == null ? s.endTime() : null, s.kind(), s.lessonId(), s.requirementIds(),
				s.electiveTopicId(), s.topicText(), s.delivery(), s.place(), s.lecturerUserId(), s.guestSpeakerName(), version);
	}

	SessionDetails toDetails() {
		return new SessionDetails(this.date, this.partOfDay, this.startTime, this.endTime, this.kind, this.lessonId,
				this.requirementIds, this.electiveTopicId, this.topicText, this.delivery, this.place,
				this.lecturerUserId, this.guestSpeakerName);
	}

}
