package vn.boiduong.course;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.boiduong.curriculum.LessonView;

/** The names a course refers to by id, looked up once per page (no query per session). */
record CourseNames(Map<Long, LessonView> lessons, Map<Long, Integer> requirementPositions, Map<Long, String> topics,
		Map<Long, String> users, Map<Long, String> units) {

	Integer lessonNumber(Long lessonId) {
		LessonView lesson = lessonId == null ? null : this.lessons.get(lessonId);
		return lesson == null ? null : lesson.number();
	}

	String lessonTitle(Long lessonId) {
		LessonView lesson = lessonId == null ? null : this.lessons.get(lessonId);
		return lesson == null ? null : lesson.title();
	}

	List<Integer> requirementPositions(List<Long> requirementIds) {
		return requirementIds.stream().map(this.requirementPositions::get).filter(Objects::nonNull).sorted().toList();
	}

	String topicTitle(Long topicId) {
		return topicId == null ? null : this.topics.get(topicId);
	}

	String userName(Long userId) {
		return userId == null ? null : this.users.get(userId);
	}

	String unitName(Long unitId) {
		return unitId == null ? null : this.units.get(unitId);
	}

	/** A session as the pages show it, its ids named (from its entity or from a row read without one). */
	ClassSessionView sessionView(Long id, java.time.LocalDate date, PartOfDay partOfDay, java.time.LocalTime startTime,
			java.time.LocalTime endTime, SessionKind kind, Long lessonId, List<Long> requirementIds, Long electiveTopicId,
			String topicText, Delivery delivery, String place, Long lecturerUserId, String guestSpeakerName) {
		return new ClassSessionView(id, date, partOfDay, startTime, endTime,
				partOfDay != null ? partOfDay : PartOfDay.containing(startTime), kind, lessonId, lessonNumber(lessonId),
				lessonTitle(lessonId), List.copyOf(requirementIds), requirementPositions(requirementIds), electiveTopicId,
				topicTitle(electiveTopicId), topicText, delivery, place, lecturerUserId, userName(lecturerUserId),
				guestSpeakerName);
	}

}
