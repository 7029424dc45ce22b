package vn.boiduong.learner;

import java.time.LocalDate;

/** A learner as pages and other modules see them. */
public record LearnerView(Long id, String fullName, LocalDate birthDate, Gender gender, String ethnicity,
		Long partyOrganizationId, LearnerPosition position, LocalDate joinedPartyOn, String partyCardNumber,
		String phone, long version) {
}
