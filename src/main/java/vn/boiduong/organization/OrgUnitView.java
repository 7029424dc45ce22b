package vn.boiduong.organization;

import java.time.LocalDate;

/** An organization unit as other modules and pages see it. */
public record OrgUnitView(Long id, OrgUnitKind kind, String name, String shortName, Long parentId, String path,
		LocalDate validFrom, LocalDate validTo, long version) {

	public boolean closed() {
		return this.validTo != null;
	}

	/** Depth in the tree, 0 for a root. */
	public int depth() {
		return (int) this.path.chars().filter(c -> c == '/').count() - 2;
	}

	public boolean isWithin(OrgUnitView ancestor) {
		return this.path.startsWith(ancestor.path());
	}

}
