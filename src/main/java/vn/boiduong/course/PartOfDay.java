package vn.boiduong.course;

import java.time.LocalTime;

/** Buổi sáng, chiều, tối, with the hours used to decide whether two sessions overlap. */
public enum PartOfDay {

	MORNING(LocalTime.of(7, 30), LocalTime.of(11, 30)), AFTERNOON(LocalTime.of(13, 30), LocalTime.of(17, 0)),
	EVENING(LocalTime.of(18, 30), LocalTime.of(21, 0));

	private final LocalTime start;

	private final LocalTime end;

	PartOfDay(LocalTime start, LocalTime end) {
		this.start = start;
		this.end = end;
	}

	public LocalTime start() {
		return this.start;
	}

	public LocalTime end() {
		return this.end;
	}

	/** The part of day a session starting at the given time is shown in. */
	public static PartOfDay containing(LocalTime time) {
		if (time.isBefore(LocalTime.NOON)) {
			return MORNING;
		}
		return time.isBefore(LocalTime.of(18, 0)) ? AFTERNOON : EVENING;
	}

	public String messageKey() {
		return "course.partOfDay." + name();
	}

}
