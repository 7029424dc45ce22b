package vn.boiduong.course;

import java.time.LocalDate;

/** The class closed (bế giảng): every session that took place has its attendance taken. */
public record ClassClosed(Long courseId, Long organizingUnitId, LocalDate closedOn) {
}
