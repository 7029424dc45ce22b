package vn.boiduong.course;

import java.time.LocalDate;

/** A line of the course list. */
public record CourseSummary(Long id, String name, Long organizingUnitId, String organizingUnitName, CourseStatus status,
		int reviewRound, LocalDate plannedOpening, LocalDate plannedClosing, int expectedLearners) {
}
