package vn.boiduong.course;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.boiduong.curriculum.LessonView;

/** Everything the course page (and the printed plan) shows, computed in a fixed number of queries. */
public record CoursePage(CourseView course, List<ClassSessionView> sessions, List<TimetableWeek> weeks,
		List<LessonCoverage> coverage, List<ReviewRound> rounds, List<CourseStepView> timeline,
		Set<CourseAction> allowedActions, List<Body> concurringBodies, List<Body> bodiesToSpeak, boolean marksAttendance) {

	/** A unit named on the page: a concurring body of the plan. */
	public record Body(Long id, String name) {
	}

	/** The page of a course: its sessions by week and by lesson, its opinions by round, newest round first. */
	static CoursePage of(CourseView course, List<ClassSessionView> sessions, Collection<LessonView> lessons,
			List<ConcurrenceView> opinions, List<CourseStepView> timeline, Set<CourseAction> allowedActions,
			List<Body> concurringBodies, List<Body> bodiesToSpeak, boolean marksAttendance) {
		Map<Integer, List<ConcurrenceView>> byRound = new TreeMap<>(Comparator.reverseOrder());
		opinions.forEach(c -> byRound.computeIfAbsent(c.round(), r -> new ArrayList<>()).add(c));
		List<ReviewRound> rounds = byRound.entrySet().stream().map(e -> new ReviewRound(e.getKey(), e.getValue())).toList();
		return new CoursePage(course, sessions, weeks(sessions), coverage(lessons, sessions), rounds, timeline,
				allowedActions, concurringBodies, bodiesToSpeak, marksAttendance);
	}

	private static List<TimetableWeek> weeks(List<ClassSessionView> sessions) {
		Map<LocalDate, Map<LocalDate, List<ClassSessionView>>> byWeek = new TreeMap<>();
		for (ClassSessionView s : sessions) {
			LocalDate monday = s.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			byWeek.computeIfAbsent(monday, m -> new TreeMap<>()).computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s);
		}
		List<TimetableWeek> weeks = new ArrayList<>();
		int number = 1;
		for (var week : byWeek.entrySet()) {
			List<TimetableDay> days = new ArrayList<>();
			for (var day : week.getValue().entrySet()) {
				days.add(new TimetableDay(day.getKey(), of(day.getValue(), PartOfDay.MORNING),
						of(day.getValue(), PartOfDay.AFTERNOON), of(day.getValue(), PartOfDay.EVENING)));
			}
			weeks.add(new TimetableWeek(number++, week.getKey(), week.getKey().plusDays(6), days));
		}
		return weeks;
	}

	private static List<ClassSessionView> of(List<ClassSessionView> sessions, PartOfDay part) {
		return sessions.stream().filter(s -> s.shownIn() == part).toList();
	}

	private static List<LessonCoverage> coverage(Collection<LessonView> lessons, List<ClassSessionView> sessions) {
		List<LessonCoverage> result = new ArrayList<>();
		for (LessonView lesson : lessons) {
			List<ClassSessionView> of = sessions.stream().filter(s -> lesson.id().equals(s.lessonId())).toList();
			boolean whole = of.stream().anyMatch(ClassSessionView::coversWholeLesson);
			Set<Long> covered = new HashSet<>();
			of.forEach(s -> covered.addAll(s.requirementIds()));
			result.add(new LessonCoverage(lesson, !of.isEmpty(),
					lesson.requirements()
						.stream()
						.map(r -> new RequirementCoverage(r.id(), r.position(), r.text(), whole || covered.contains(r.id())))
						.toList(),
					of));
		}
		return result;
	}

	public boolean may(CourseAction action) {
		return this.allowedActions.contains(action);
	}

	/** As {@link #may(CourseAction)}, by name: templates need no class lookup ({@code T(...)}). */
	public boolean may(String action) {
		return this.allowedActions.contains(CourseAction.valueOf(action));
	}

	public boolean mayAny() {
		return !this.allowedActions.isEmpty();
	}

	/** One week of the timetable, Monday to Sunday, with the days that have sessions. */
	public record TimetableWeek(int number, LocalDate monday, LocalDate sunday, List<TimetableDay> days) {

		/** "02/03" */
		public String mondayText() {
			return DisplayDates.dayMonth(this.monday);
		}

		/** "08/03/2026" */
		public String sundayText() {
			return DisplayDates.day(this.sunday);
		}

	}

	/** One day of the timetable, its sessions by part of day. */
	public record TimetableDay(LocalDate date, List<ClassSessionView> morning, List<ClassSessionView> afternoon,
			List<ClassSessionView> evening) {

		/** "Thứ Hai 02/03": the day's row of the week table. */
		public String weekdayAndDayMonth(java.util.Locale locale) {
			return DisplayDates.weekdayAndDayMonth(this.date, locale);
		}

		/** "Thứ Hai 02/03/2026": the day's heading in the day-by-day timetable. */
		public String weekdayAndDay(java.util.Locale locale) {
			return DisplayDates.weekdayAndDay(this.date, locale);
		}

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

		/** "2. Nắm được …" */
		public String label() {
			return this.position + ". " + this.text;
		}

		/** ✓ or ○ */
		public String mark() {
			return this.covered ? "✓" : "○";
		}

	}

	/** The opinions given in one review round. */
	public record ReviewRound(int round, List<ConcurrenceView> opinions) {
	}

}
