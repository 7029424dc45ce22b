package vn.boiduong.course;

import java.time.LocalDate;

/** A line of the course list. */
public record CourseSummary(Long id, String name, Long organizingUnitId, String organizingUnitName, CourseStatus status,
		int reviewRound, LocalDate plannedOpening, LocalDate plannedClosing, int expectedLearners) {

	/** "05/03/2026 – 08/03/2026" */
	public String dates() {
		return DisplayDates.span(this.plannedOpening, this.plannedClosing);
	}

}
