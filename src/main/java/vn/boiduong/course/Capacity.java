package vn.boiduong.course;

/**
 * The capacities a body plays in a course's workflow (DESIGN §5, GLOSSARY): the policy table speaks
 * of these, not of roles; {@link CapacityHolders} says who plays each for a course.
 */
public enum Capacity {

	/** The committee that opens the class (a district committee; a commune or ward committee later). */
	ORGANIZING_COMMITTEE,
	/** Drafts the plan (the district propaganda board). */
	PLANNING_BODY,
	/** Gives an opinion on the plan (the organization board, the office); which one is a {@link ConcurrenceBody}. */
	CONCURRING_BODY,
	/** Approves the plan and signs the opening decision (the committee's standing members). */
	DECIDING_BODY,
	/** Teaches the course (the district political centre; the provincial political school later). */
	TEACHING_INSTITUTION,
	/** Reviews the report for the province (the provincial propaganda board). */
	REVIEWING_BODY,
	/** Proposes the learners of the roster (the committee's organization board; a party-building board later). */
	ENROLLING_BODY,
	/** Runs the class for the teaching institution: confirms the roster, opens and closes it (director, staff). */
	CLASS_MANAGEMENT,
	/** A lecturer of the teaching institution; takes attendance at the sessions they teach. */
	LECTURER

}
