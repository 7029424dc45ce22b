package vn.boiduong.course.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import vn.boiduong.course.Verdict;

/**
 * The small forms of the workflow's steps. A field left empty gets its own message (the keys the
 * aggregate uses for the same rule), not the generic "Không được để trống.": {@code check} puts them
 * next to their fields, after binding and before the step runs.
 */
final class TransitionForms {

	private TransitionForms() {
	}

	record SubmitForm(@Size(max = 4000) String comment) {
	}

	/** No verdict is chosen in advance: an agreement cannot be taken back within the round. */
	record OpinionForm(Long body, Verdict verdict, @Size(max = 4000) String comment) {

		void check(BindingResult result) {
			require(result, "verdict", this.verdict == null, "course.error.verdictRequired");
			require(result, "comment", this.verdict == Verdict.REQUEST_CHANGES && blank(this.comment),
					"course.error.commentRequired");
		}

	}

	record DecisionForm(@Size(max = 60) String number, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Size(max = 200) String signerName, @Size(max = 200) String signerTitle) {

		void check(BindingResult result) {
			require(result, "number", blank(this.number), "course.error.decisionNumberRequired");
			require(result, "date", this.date == null, "course.error.decisionDateRequired");
			require(result, "signerName", blank(this.signerName), "course.error.signerNameRequired");
			require(result, "signerTitle", blank(this.signerTitle), "course.error.signerTitleRequired");
		}

	}

	record ReasonForm(@Size(max = 2000) String reason) {

		void check(BindingResult result) {
			require(result, "reason", blank(this.reason), "course.error.reasonRequired");
		}

	}

	/**
	 * A missing value, unless the field already has an error (a date that could not be read, say). Added
	 * as a field error of its own: when another field could not be read the record was never built, and
	 * {@code rejectValue} would ask the missing record for the value.
	 */
	private static void require(BindingResult result, String field, boolean missing, String messageKey) {
		if (missing && !result.hasFieldErrors(field)) {
			result.addError(new FieldError(result.getObjectName(), field, null, false,
					result.resolveMessageCodes(messageKey, field), null, null));
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
