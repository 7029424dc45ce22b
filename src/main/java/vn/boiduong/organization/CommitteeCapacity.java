package vn.boiduong.organization;

import java.time.LocalDate;

/**
 * One row of an organizing committee's capacities: the unit that plays the capacity for the committee
 * from {@code validFrom} to {@code validTo} (inclusive; open-ended when null). Concurring bodies are
 * listed in {@code position} order.
 */
public record CommitteeCapacity(Long id, Long committeeUnitId, Capacity capacity, Long unitId, int position,
		LocalDate validFrom, LocalDate validTo) {

	public boolean validOn(LocalDate day) {
		return !this.validFrom.isAfter(day) && (this.validTo == null || !this.validTo.isBefore(day));
	}

}
