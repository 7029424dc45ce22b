package vn.boiduong.organization;

import java.time.LocalDate;

/** An organization unit as other modules and pages see it. */
public record OrgUnitView(Long id, OrgUnitKind kind, String name, String shortName, Long parentId, String path,
		LocalDate validFrom, LocalDate validTo, long version) {

	/** Whether the unit has a closing date, reached or not (see {@link #closedOn} for a given day). */
	public boolean closed() {
		return this.validTo != null;
	}

	/**
	 * Whether the unit no longer exists on the day: its {@code validTo} is its first closed day ("Đã giải thể
	 * từ ..."), so a unit closing on a later date works until the day before.
	 */
	public boolean closedOn(LocalDate day) {
		return this.validTo != null && !day.isBefore(this.validTo);
	}

	/** Whether the unit exists on the day: opened on or before it, and not closed on it. */
	public boolean openOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && !closedOn(day);
	}

	/** Depth in the tree, 0 for a root. */
	public int depth() {
		return (int) this.path.chars().filter(c -> c == '/').count() - 2;
	}

	public boolean isWithin(OrgUnitView ancestor) {
		return this.path.startsWith(ancestor.path());
	}

}
