package vn.boiduong.organization;

import java.time.LocalDate;

/** A unit was closed: from {@code on} it no longer exists (roles held there stop that day). */
public record OrgUnitClosed(Long unitId, LocalDate on) {
}
