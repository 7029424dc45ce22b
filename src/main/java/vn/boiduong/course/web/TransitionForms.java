package vn.boiduong.course.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.boiduong.course.ConcurrenceBody;
import vn.boiduong.course.Verdict;

/** The small forms of the workflow's steps. */
final class TransitionForms {

	private TransitionForms() {
	}

	record SubmitForm(@Size(max = 4000) String comment) {
	}

	record OpinionForm(ConcurrenceBody body, @NotNull Verdict verdict, @Size(max = 4000) String comment) {
	}

	record DecisionForm(@NotBlank @Size(max = 60) String number,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@NotBlank @Size(max = 200) String signerName, @NotBlank @Size(max = 200) String signerTitle) {
	}

	record ReasonForm(@NotBlank @Size(max = 2000) String reason) {
	}

}
