package vn.boiduong.course;

import java.time.LocalDate;

/** The decision to open the class, e.g. "125-QĐ/HU". */
public record OpeningDecisionView(String number, LocalDate date, String signerName, String signerTitle) {

	/** "20/02/2026" */
	public String dateText() {
		return DisplayDates.day(this.date);
	}

}
