package vn.boiduong.course;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import vn.boiduong.shared.RuleViolationException;

/** Quyết định mở lớp: the committee's decision to open the class (number, date, signer). */
@Embeddable
class OpeningDecision {

	@Column(name = "decision_number")
	private String number;

	@Column(name = "decision_date")
	private LocalDate date;

	@Column(name = "decision_signer_name")
	private String signerName;

	@Column(name = "decision_signer_title")
	private String signerTitle;

	protected OpeningDecision() {
	}

	/** A decision must carry its number, date, and the signer's name and title. */
	OpeningDecision(String number, LocalDate date, String signerName, String signerTitle) {
		if (isBlank(number)) {
			throw RuleViolationException.onField("number", "course.error.decisionNumberRequired");
		}
		if (date == null) {
			throw RuleViolationException.onField("date", "course.error.decisionDateRequired");
		}
		if (isBlank(signerName)) {
			throw RuleViolationException.onField("signerName", "course.error.signerNameRequired");
		}
		if (isBlank(signerTitle)) {
			throw RuleViolationException.onField("signerTitle", "course.error.signerTitleRequired");
		}
		this.number = number.trim();
		this.date = date;
		this.signerName = signerName.trim();
		this.signerTitle = signerTitle.trim();
	}

	OpeningDecisionView toView() {
		return this.number == null ? null
				: new OpeningDecisionView(this.number, this.date, this.signerName, this.signerTitle);
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

}
