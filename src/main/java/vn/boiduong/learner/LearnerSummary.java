package vn.boiduong.learner;

import java.time.LocalDate;

/** A row of the registry list. */
public record LearnerSummary(Long id, String fullName, LocalDate birthDate, Gender gender, String partyOrganizationName,
		LearnerPosition position) {
}
