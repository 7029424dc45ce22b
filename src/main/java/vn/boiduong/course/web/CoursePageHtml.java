package vn.boiduong.course.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.CoursePage;
import vn.boiduong.course.CoursePage.LessonCoverage;
import vn.boiduong.course.CoursePage.RequirementCoverage;
import vn.boiduong.course.CoursePage.TimetableDay;
import vn.boiduong.course.CoursePage.TimetableWeek;
import vn.boiduong.course.PartOfDay;

/**
 * The parts of the course page that repeat for every session and every requirement (the timetable as a week
 * table and day by day, the curriculum's coverage), written here instead of by template loops: they were
 * about a quarter of the page's cost under the benchmark (Thymeleaf's iteration, a variable lookup through
 * the request for each expression). Every text is escaped; every label comes from the message files. The
 * templates call them as {@code th:utext="${@coursePageHtml.…(p, #locale)}"}.
 */
@Component("coursePageHtml")
public class CoursePageHtml {

	private static final PartOfDay[] PARTS = { PartOfDay.MORNING, PartOfDay.AFTERNOON, PartOfDay.EVENING };

	private final MessageSource messages;

	CoursePageHtml(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Each week of the timetable: its heading, the week table (tablets and larger) and the same days as a
	 * list (phones, where the table does not fit).
	 */
	public String weeks(CoursePage page, Locale locale) {
		Labels labels = new Labels(locale);
		StringBuilder html = new StringBuilder(4096);
		for (TimetableWeek week : page.weeks()) {
			html.append("<div class=\"mb-3\">\n<h2 class=\"h6\">")
				.append(escape(message("course.timetable.week", locale, week.number(), week.mondayText(), week.sundayText())))
				.append("</h2>\n<div class=\"table-responsive d-none d-md-block\">\n<table class=\"table table-bordered table-sm timetable\">\n<thead><tr><th>")
				.append(labels.date)
				.append("</th>");
			for (String part : labels.parts) {
				html.append("<th>").append(part).append("</th>");
			}
			html.append("</tr></thead>\n<tbody>\n");
			for (TimetableDay day : week.days()) {
				html.append("<tr>\n<th scope=\"row\" class=\"text-nowrap\">").append(escape(day.weekdayAndDayMonth(locale))).append("</th>\n");
				for (List<ClassSessionView> cell : day.cells()) {
					html.append("<td>");
					for (ClassSessionView session : cell) {
						html.append("\n<div class=\"timetable-session\">");
						sessionText(html, session, labels);
						html.append("</div>");
					}
					html.append("</td>\n");
				}
				html.append("</tr>\n");
			}
			html.append("</tbody>\n</table>\n</div>\n")
				.append("<!-- on a phone the week table does not fit: the same sessions, day by day -->\n")
				.append("<ol class=\"list-unstyled mb-0 timetable-days d-md-none\">\n");
			for (TimetableDay day : week.days()) {
				html.append("<li class=\"timetable-day\">");
				day(html, day, labels);
				html.append("</li>\n");
			}
			html.append("</ol>\n</div>\n");
		}
		return html.toString();
	}

	/** Every day of the timetable as a list item (the pages that judge a plan). */
	public String days(CoursePage page, Locale locale) {
		Labels labels = new Labels(locale);
		StringBuilder html = new StringBuilder(2048);
		for (TimetableWeek week : page.weeks()) {
			for (TimetableDay day : week.days()) {
				html.append("<li class=\"timetable-day\">");
				day(html, day, labels);
				html.append("</li>\n");
			}
		}
		return html.toString();
	}

	/** Each lesson of the curriculum: scheduled or not, and which of its requirements the timetable covers. */
	public String coverage(CoursePage page, Locale locale) {
		Labels labels = new Labels(locale);
		String covered = escape(message("course.coverage.covered", locale));
		String notCovered = escape(message("course.coverage.notCovered", locale));
		String scheduled = escape(message("course.coverage.scheduled", locale));
		String notScheduled = escape(message("course.coverage.notScheduled", locale));
		StringBuilder html = new StringBuilder(4096);
		for (LessonCoverage lesson : page.coverage()) {
			int number = lesson.lesson().number();
			html.append("<li class=\"list-group-item\" id=\"coverage-lesson-").append(number)
				.append("\">\n<div class=\"d-flex justify-content-between align-items-start gap-2\">\n<span class=\"fw-semibold\">")
				.append(labels.lesson(number)).append(". ").append(escape(lesson.lesson().title()))
				.append("</span>\n<span class=\"badge ").append(lesson.scheduled() ? "text-bg-success" : "text-bg-warning").append("\">")
				.append(lesson.scheduled() ? scheduled : notScheduled)
				.append("</span>\n</div>\n<ul class=\"list-unstyled small mb-0 mt-1\">\n");
			for (RequirementCoverage requirement : lesson.requirements()) {
				html.append("<li class=\"").append(requirement.covered() ? "text-body" : "text-body-secondary")
					.append("\"><span title=\"").append(requirement.covered() ? covered : notCovered).append("\">")
					.append(requirement.mark()).append("</span> <span>").append(escape(requirement.label()))
					.append("</span></li>\n");
			}
			html.append("</ul>\n</li>\n");
		}
		return html.toString();
	}

	/** One day as a short list by part of day. */
	private void day(StringBuilder html, TimetableDay day, Labels labels) {
		html.append("\n<h3 class=\"h6 timetable-day-date\">").append(escape(day.weekdayAndDay(labels.locale)))
			.append("</h3>\n<dl class=\"mb-0\">\n");
		List<List<ClassSessionView>> cells = day.cells();
		for (int i = 0; i < PARTS.length; i++) {
			if (cells.get(i).isEmpty()) {
				continue;
			}
			html.append("<dt class=\"timetable-part\">").append(labels.parts[i]).append("</dt>\n");
			for (ClassSessionView session : cells.get(i)) {
				html.append("<dd class=\"timetable-session\">");
				if (session.partOfDay() == null) {
					html.append("<span class=\"small text-body-secondary\">").append(escape(session.hours())).append("</span>\n");
				}
				sessionText(html, session, labels);
				html.append("</dd>\n");
			}
		}
		html.append("</dl>\n");
	}

	/** What a session is (the list of sessions a planner edits). */
	public String session(ClassSessionView session, Locale locale) {
		StringBuilder html = new StringBuilder(256);
		sessionText(html, session, new Labels(locale));
		return html.toString();
	}

	/** What a session is: its kind, lesson and requirements, topic, lecturer. */
	private void sessionText(StringBuilder html, ClassSessionView s, Labels labels) {
		html.append("\n<span class=\"badge text-bg-light border\">").append(labels.kind(s)).append("</span>\n");
		if (s.lessonNumber() != null) {
			html.append("<span>").append(labels.lesson(s.lessonNumber())).append("</span>\n");
			if (!s.requirementPositions().isEmpty()) {
				StringBuilder positions = new StringBuilder();
				for (Integer position : s.requirementPositions()) {
					positions.append(positions.isEmpty() ? "" : ", ").append(position);
				}
				html.append("<span class=\"small text-body-secondary\">(")
					.append(escape(message("course.session.requirementsShort", labels.locale, positions.toString())))
					.append(")</span>\n");
			}
		}
		if (s.electiveTopicTitle() != null) {
			html.append("<span>").append(escape(s.electiveTopicTitle())).append("</span>\n");
		}
		if (s.topicText() != null) {
			html.append("<span>").append(escape(s.topicText())).append("</span>\n");
		}
		if (s.teacher() != null) {
			html.append("<small class=\"d-block text-body-secondary\">").append(escape(s.teacher())).append("</small>\n");
		}
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

	static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/** The labels one page repeats, looked up once (escaped). */
	final class Labels {

		final Locale locale;

		final String date;

		final String[] parts = new String[PARTS.length];

		private final java.util.Map<Object, String> cache = new java.util.HashMap<>();

		Labels(Locale locale) {
			this.locale = locale;
			this.date = escape(message("course.timetable.date", locale));
			for (int i = 0; i < PARTS.length; i++) {
				this.parts[i] = escape(message(PARTS[i].messageKey(), locale));
			}
		}

		String kind(ClassSessionView session) {
			return this.cache.computeIfAbsent(session.kind(), k -> escape(message(session.kind().messageKey(), this.locale)));
		}

		String lesson(int number) {
			return this.cache.computeIfAbsent(number, n -> escape(message("course.session.lessonShort", this.locale, number)));
		}

	}

}
