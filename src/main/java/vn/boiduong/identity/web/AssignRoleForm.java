package vn.boiduong.identity.web;

import jakarta.validation.constraints.NotNull;

import vn.boiduong.identity.Role;

/** A role to hold at a unit. */
record AssignRoleForm(@NotNull Role role, @NotNull Long unitId) {

	static AssignRoleForm empty() {
		return new AssignRoleForm(null, null);
	}

}
