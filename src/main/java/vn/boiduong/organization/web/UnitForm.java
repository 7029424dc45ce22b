package vn.boiduong.organization.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitView;

/**
 * A unit as the create and edit forms carry it. The parent is used only when creating (moving is
 * its own form); the version only when editing, to refuse a form that someone else's save outdated.
 */
record UnitForm(@NotNull OrgUnitKind kind, @NotBlank @Size(max = 255) String name, @Size(max = 40) String shortName,
		Long parentId, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom, Long version) {

	static UnitForm forNew(Long parentId, LocalDate today) {
		return new UnitForm(null, "", "", parentId, today, null);
	}

	static UnitForm of(OrgUnitView unit) {
		return new UnitForm(unit.kind(), unit.name(), unit.shortName(), unit.parentId(), unit.validFrom(),
				unit.version());
	}

}
