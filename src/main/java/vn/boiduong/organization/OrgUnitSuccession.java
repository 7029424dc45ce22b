package vn.boiduong.organization;

import java.time.LocalDate;

/**
 * A closed unit and the unit that continues it from a day (sắp xếp tổ chức bộ máy): what the closed unit
 * did, its successor does from {@code on}; its history stays under its own name.
 */
public record OrgUnitSuccession(Long predecessorId, Long successorId, LocalDate on) {
}
