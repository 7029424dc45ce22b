package vn.boiduong.learner;

import java.time.LocalDate;

/**
 * One learner of a course's roster. {@code attendsFrom} is set for a late joiner (enrolled after the class
 * opened); {@code confirmed} once the teaching institution has confirmed them; {@code searchName} is the
 * name as a search compares it ({@link VietnameseNames#searchKey}), as the registry keeps it.
 */
public record RosterEntry(Long learnerId, String fullName, LocalDate birthDate, Gender gender,
		Long partyOrganizationId, String partyOrganizationName, LearnerPosition position, LocalDate attendsFrom,
		boolean confirmed, String searchName) {

	/** Whether the learner attends the class on the given day (a late joiner only from their first day). */
	public boolean attendsOn(LocalDate day) {
		return this.attendsFrom == null || !day.isBefore(this.attendsFrom);
	}

}
