package vn.boiduong.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.boiduong.curriculum.LessonView;

/** Everything the course page (and the printed plan) shows, computed in a fixed number of queries. */
public record CoursePage(CourseView course, List<ClassSessionView> sessions, List<TimetableWeek> weeks,
		List<LessonCoverage> coverage, List<ReviewRound> rounds, List<CourseStepView> timeline,
		Set<CourseAction> allowedActions) {

	public boolean may(CourseAction action) {
		return this.allowedActions.contains(action);
	}

	public boolean mayAny() {
		return !this.allowedActions.isEmpty();
	}

	/** One week of the timetable, Monday to Sunday, with the days that have sessions. */
	public record TimetableWeek(int number, LocalDate monday, LocalDate sunday, List<TimetableDay> days) {
	}

	/** One day of the timetable, its sessions by part of day. */
	public record TimetableDay(LocalDate date, List<ClassSessionView> morning, List<ClassSessionView> afternoon,
			List<ClassSessionView> evening) {

		/** Morning, afternoon, evening: the cells of the day's row. */
		public List<List<ClassSessionView>> cells() {
			return List.of(this.morning, this.afternoon, this.evening);
		}

	}

	/** Which of a lesson's requirements the timetable covers. */
	public record LessonCoverage(LessonView lesson, boolean scheduled, List<RequirementCoverage> requirements,
			List<ClassSessionView> sessions) {
	}

	public record RequirementCoverage(Long id, int position, String text, boolean covered) {
	}

	/** The opinions given in one review round. */
	public record ReviewRound(int round, List<ConcurrenceView> opinions) {
	}

}
