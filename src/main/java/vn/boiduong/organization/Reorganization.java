package vn.boiduong.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * What the administrator asks for (sắp xếp tổ chức bộ máy, issue 8): on a day, close units and name for each
 * the unit that continues it, an existing one or one created with it; whether the roles held at the
 * closed units move to their successors, and whether their grassroots organizations and party cells go
 * under them. {@code treeVersion} is the organization tree the administrator saw: a tree changed since is a
 * conflict, not a silent overwrite.
 */
public record Reorganization(LocalDate on, Long treeVersion, List<Closure> closures, boolean moveRoles,
		boolean moveGrassroots) {

	public Reorganization {
		closures = closures == null ? List.of() : closures.stream().map(c -> c == null ? Closure.BLANK : c).toList();
	}

	/**
	 * One unit to close and its successor: {@code successorId} for an existing unit, or {@code newSuccessor}
	 * for one created on the day. A row with neither unit nor successor is a blank line of the form.
	 */
	public record Closure(Long unitId, Long successorId, NewUnit newSuccessor) {

		static final Closure BLANK = new Closure(null, null, null);

		boolean blank() {
			return this.unitId == null && this.successorId == null && (this.newSuccessor == null || this.newSuccessor.blank());
		}

	}

	/** A successor created by the reorganization, opening on its day. */
	public record NewUnit(OrgUnitKind kind, String name, String shortName, Long parentId) {

		boolean blank() {
			return this.kind == null && (this.name == null || this.name.isBlank())
					&& (this.shortName == null || this.shortName.isBlank()) && this.parentId == null;
		}

	}

}
