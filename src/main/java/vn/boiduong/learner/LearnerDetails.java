package vn.boiduong.learner;

import java.time.LocalDate;

/** What a learner is registered with: from a form, or from a good row of an imported list. */
public record LearnerDetails(String fullName, LocalDate birthDate, Gender gender, String ethnicity,
		Long partyOrganizationId, LearnerPosition position, LocalDate joinedPartyOn, String partyCardNumber,
		String phone) {

	public static LearnerDetails of(LearnerSheet.LearnerRow row) {
		return new LearnerDetails(row.fullName(), row.birthDate(), row.gender(), row.ethnicity(),
				row.partyOrganizationId(), row.position(), row.joinedPartyOn(), row.partyCardNumber(), row.phone());
	}

}
