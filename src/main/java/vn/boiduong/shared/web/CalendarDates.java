package vn.boiduong.shared.web;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

/**
 * A date field ({@code @DateTimeFormat}) takes years 1 to 9999 only, as a date input does. Java reads
 * years up to 999 999 999 and PostgreSQL refuses them, so a hand-typed "+6000000-01-01" was a 500; it
 * is now a type mismatch, "not a valid date" on the field.
 */
class CalendarDates implements AnnotationFormatterFactory<DateTimeFormat> {

	static final int FIRST_YEAR = 1;

	static final int LAST_YEAR = 9999;

	private final Jsr310DateTimeFormatAnnotationFormatterFactory standard = new Jsr310DateTimeFormatAnnotationFormatterFactory();

	@Override
	public Set<Class<?>> getFieldTypes() {
		return Set.of(LocalDate.class);
	}

	@Override
	public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
		return this.standard.getPrinter(annotation, fieldType);
	}

	@Override
	public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
		Parser<?> parser = this.standard.getParser(annotation, fieldType);
		return (text, locale) -> {
			Object value = parser.parse(text, locale);
			if (value instanceof LocalDate date && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
				throw new IllegalArgumentException("year outside " + FIRST_YEAR + "–" + LAST_YEAR + ": " + text);
			}
			return value;
		};
	}

}
