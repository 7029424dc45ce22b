package vn.boiduong.organization.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import vn.boiduong.organization.OrgUnitView;

/** The date from which a unit no longer exists (giải thể, sáp nhập). */
record CloseForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo, Long version) {

	static CloseForm of(OrgUnitView unit, LocalDate today) {
		return new CloseForm(today, unit.version());
	}

}
