package vn.boiduong.course;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One session of the timetable as planned: a part of day or explicit hours; what it covers (a lesson,
 * optionally some of its requirements, none meaning the whole lesson; an elective topic; or free text
 * for a visit or report); and who teaches (a lecturer of the political centre, or a guest speaker).
 */
public record SessionDetails(LocalDate date, PartOfDay partOfDay, LocalTime startTime, LocalTime endTime,
		SessionKind kind, Long lessonId, List<Long> requirementIds, Long electiveTopicId, String topicText,
		Delivery delivery, String place, Long lecturerUserId, String guestSpeakerName) {

	public SessionDetails {
		// an empty choice in the list binds as null: it is no choice
		requirementIds = requirementIds == null ? List.of()
				: requirementIds.stream().filter(Objects::nonNull).distinct().sorted().toList();
	}

	/** The hours used to decide overlaps: the part of day's, or the explicit ones. */
	public LocalTime effectiveStart() {
		return this.partOfDay != null ? this.partOfDay.start() : this.startTime;
	}

	public LocalTime effectiveEnd() {
		return this.partOfDay != null ? this.partOfDay.end() : this.endTime;
	}

}
