package vn.boiduong.organization.web;

import jakarta.validation.constraints.NotNull;

import vn.boiduong.organization.OrgUnitView;

/** The new parent of a unit. */
record MoveForm(@NotNull Long parentId, Long version) {

	static MoveForm of(OrgUnitView unit) {
		return new MoveForm(unit.parentId(), unit.version());
	}

}
