package vn.boiduong.course;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One session of the timetable, with the names it refers to already resolved. {@code partOfDay} is
 * null when explicit hours were given; {@code shownIn} is the column of the timetable it goes in.
 * {@code requirementIds} empty means the whole lesson.
 */
public record ClassSessionView(Long id, LocalDate date, PartOfDay partOfDay, LocalTime startTime, LocalTime endTime,
		PartOfDay shownIn, SessionKind kind, Long lessonId, Integer lessonNumber, String lessonTitle,
		List<Long> requirementIds, List<Integer> requirementPositions, Long electiveTopicId,
		String electiveTopicTitle, String topicText, Delivery delivery, String place, Long lecturerUserId,
		String lecturerName, String guestSpeakerName) {

	/** "05/03/2026" */
	public String dateText() {
		return DisplayDates.day(this.date);
	}

	/** "07:30–11:30" */
	public String hours() {
		return DisplayDates.time(this.startTime) + "–" + DisplayDates.time(this.endTime);
	}

	public boolean coversWholeLesson() {
		return this.lessonId != null && this.requirementIds.isEmpty();
	}

	/** What the session is about: its lesson's title, its elective topic's, or the timetable's text; or null. */
	public String subject() {
		if (this.lessonTitle != null) {
			return this.lessonTitle;
		}
		return this.electiveTopicTitle != null ? this.electiveTopicTitle : this.topicText;
	}

	/** The lecturer's name, or the guest speaker's. */
	public String teacher() {
		return this.lecturerName != null ? this.lecturerName : this.guestSpeakerName;
	}

}
