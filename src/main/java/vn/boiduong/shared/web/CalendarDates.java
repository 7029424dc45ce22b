package vn.boiduong.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Every date field ({@code @DateTimeFormat} on a {@code LocalDate}) is written day/month/year, as every
 * page and paper writes dates: a text field, not the browser's date input, whose order follows the
 * browser's language (month first in an English browser). It reads "25/12/2027" (also with "." or "-",
 * and one-digit days and months) and, for links and scripts, ISO "2027-12-25". A form shown again
 * keeps each date as it was typed. Times ({@code LocalTime}) likewise: a text field read as "07:30",
 * "7:30" or "7h30", written 24-hour as every page does (an English browser's time input shows "AM/PM").
 * <p>
 * Years 1 to 9999 only: Java reads years up to 999 999 999 and PostgreSQL refuses them, so a hand-typed
 * "+6000000-01-01" was a 500; it is a type mismatch, "not a valid date" on the field.
 */
class CalendarDates implements AnnotationFormatterFactory<DateTimeFormat> {

	static final int FIRST_YEAR = 1;

	static final int LAST_YEAR = 9999;

	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final Pattern HOUR_MINUTE = Pattern.compile("\\s*(\\d{1,2})\\s*[:hH.]\\s*(\\d{2})\\s*");

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})\\s*");

	/** The text each date of this request was read from, so that a form shown again keeps it as typed. */
	private static final String TYPED = CalendarDates.class.getName() + ".typed";

	private final Jsr310DateTimeFormatAnnotationFormatterFactory standard = new Jsr310DateTimeFormatAnnotationFormatterFactory();

	@Override
	public Set<Class<?>> getFieldTypes() {
		return Set.of(LocalDate.class, LocalTime.class);
	}

	@Override
	public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
		DateTimeFormatter shown = fieldType == LocalTime.class ? SHOWN_TIME : SHOWN;
		return (Printer<Object>) (value, locale) -> {
			String typed = typed().get(value);
			return typed != null ? typed : shown.format((java.time.temporal.TemporalAccessor) value);
		};
	}

	@Override
	public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
		Parser<?> standard = this.standard.getParser(annotation, fieldType);
		boolean time = fieldType == LocalTime.class;
		return (text, locale) -> {
			Object value;
			Matcher m = (time ? HOUR_MINUTE : DAY_MONTH_YEAR).matcher(text);
			if (m.matches()) {
				try {
					value = time ? LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
							: LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
									Integer.parseInt(m.group(1)));
				}
				catch (DateTimeException ex) {
					throw new IllegalArgumentException("not a day or a time: " + text, ex);
				}
			}
			else {
				value = standard.parse(text, locale);
			}
			if (value instanceof LocalDate date && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
				throw new IllegalArgumentException("year outside " + FIRST_YEAR + "–" + LAST_YEAR + ": " + text);
			}
			remember(value, text.strip());
			return value;
		};
	}

	private static Map<Object, String> typed() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object typed = request == null ? null : request.getAttribute(TYPED, RequestAttributes.SCOPE_REQUEST);
		@SuppressWarnings("unchecked")
		Map<Object, String> map = typed instanceof Map<?, ?> m ? (Map<Object, String>) m : Map.of();
		return map;
	}

	private static void remember(Object value, String text) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null || value == null) {
			return;
		}
		Map<Object, String> typed = typed();
		if (typed.isEmpty()) {
			typed = new HashMap<>();
			request.setAttribute(TYPED, typed, RequestAttributes.SCOPE_REQUEST);
		}
		typed.put(value, text);
	}

}
