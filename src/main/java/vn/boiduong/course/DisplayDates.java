package vn.boiduong.course;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The dates and times the course pages write, formatted by the view records with formatters made once
 * (issue 7, item 6: a template that formats through {@code #temporals} builds a formatter per call).
 * Numbers only: the same in both languages.
 */
final class DisplayDates {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VIETNAM);

	/** Day names depend on the language: one formatter per language and pattern, made once. */
	private static final java.util.Map<String, DateTimeFormatter> WEEKDAYS = new java.util.concurrent.ConcurrentHashMap<>();

	private DisplayDates() {
	}

	/** "Thứ Hai 02/03" ({@code EEEE dd/MM} in the page's language). */
	static String weekdayAndDayMonth(LocalDate date, java.util.Locale locale) {
		return weekday("EEEE dd/MM", locale).format(date);
	}

	/** "Thứ Hai 02/03/2026" ({@code EEEE dd/MM/yyyy} in the page's language). */
	static String weekdayAndDay(LocalDate date, java.util.Locale locale) {
		return weekday("EEEE dd/MM/yyyy", locale).format(date);
	}

	private static DateTimeFormatter weekday(String pattern, java.util.Locale locale) {
		java.util.Locale language = locale == null ? java.util.Locale.ROOT : locale;
		return WEEKDAYS.computeIfAbsent(pattern + '|' + language.toLanguageTag(),
				k -> DateTimeFormatter.ofPattern(pattern, language));
	}

	/** "05/03/2026", or "" for none. */
	static String day(LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	/** "05/03" */
	static String dayMonth(LocalDate date) {
		return date == null ? "" : DAY_MONTH.format(date);
	}

	/** "05/03/2026 – 08/03/2026" */
	static String span(LocalDate from, LocalDate to) {
		return day(from) + " – " + day(to);
	}

	/** "07:30" */
	static String time(LocalTime time) {
		return time == null ? "" : TIME.format(time);
	}

	/** "14:05 05/03/2026", on the clock of Vietnam. */
	static String moment(Instant instant) {
		return instant == null ? "" : MOMENT.format(instant);
	}

}
