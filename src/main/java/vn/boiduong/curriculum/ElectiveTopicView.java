package vn.boiduong.curriculum;

import java.time.LocalDate;

/** An elective topic; {@code provinceUnitId} is null for the national topics of the guidance. */
public record ElectiveTopicView(Long id, Long programId, Long provinceUnitId, int position, String title,
		String description, LocalDate retiredOn, long version) {

	public boolean national() {
		return this.provinceUnitId == null;
	}

	public boolean retired() {
		return this.retiredOn != null;
	}

}
