package vn.boiduong.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Units were reorganized on a day (issue 8): each succession names a closed unit and the unit that
 * continues it from {@code on}; {@code closedUnitIds} are every unit closed, the bodies closed with their
 * committee included; {@code movedUnitIds} the grassroots organizations and party cells that continue under
 * a successor (moved at once, or on the day when it is later). {@code rolesMove}: the roles held at each
 * closed unit are to be given at its successor, acting from the day. Published inside the reorganizing
 * transaction, so that a listener that refuses rolls it all back.
 */
public record UnitsReorganized(LocalDate on, List<OrgUnitSuccession> successions, List<Long> closedUnitIds,
		List<Long> movedUnitIds, boolean rolesMove) {

	public UnitsReorganized {
		successions = List.copyOf(successions);
		closedUnitIds = List.copyOf(closedUnitIds);
		movedUnitIds = List.copyOf(movedUnitIds);
	}

}
