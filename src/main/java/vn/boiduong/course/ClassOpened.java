package vn.boiduong.course;

import java.time.LocalDate;

/** The class opened (khai giảng) with its confirmed roster. */
public record ClassOpened(Long courseId, Long organizingUnitId, LocalDate openedOn, int learners) {
}
