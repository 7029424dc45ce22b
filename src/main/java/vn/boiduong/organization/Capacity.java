package vn.boiduong.organization;

/**
 * The capacities a body plays in a course's workflow (DESIGN §5, GLOSSARY). The policy table of the
 * course speaks of these, not of roles or levels. Each organizing committee says, with validity dates,
 * which units play those it has rows for ({@link #isPerCommittee()}, {@link CommitteeCapacities}); the
 * organizing committee is the course's own, the reviewing body the province's.
 */
public enum Capacity {

	/** The committee that opens the class: a district committee, or a commune, ward or special-zone committee. */
	ORGANIZING_COMMITTEE(false),
	/** Drafts the plan (a district propaganda board; after 2025 e.g. a ward committee's office or party-building board). */
	PLANNING_BODY(true),
	/** Gives an opinion on the plan; one or more per committee (the organization board, the office …). */
	CONCURRING_BODY(true),
	/** Approves the plan and signs the opening decision (the committee's standing members). */
	DECIDING_BODY(true),
	/** Teaches the course (a district political centre, the provincial political school, a commune's centre). */
	TEACHING_INSTITUTION(true),
	/** Proposes the learners of a course (the organization board; after 2025 the party-building board). */
	ENROLLING_BODY(true),
	/** Reviews the report for the province (the provincial propaganda board). */
	REVIEWING_BODY(false),
	/** Runs the class for the teaching institution: confirms the roster, opens and closes it (director, staff). */
	CLASS_MANAGEMENT(false),
	/** A lecturer of the teaching institution; takes attendance at the sessions they teach. */
	LECTURER(false);

	private final boolean perCommittee;

	Capacity(boolean perCommittee) {
		this.perCommittee = perCommittee;
	}

	/** Whether each organizing committee names the units that play it. */
	public boolean isPerCommittee() {
		return this.perCommittee;
	}

	public String messageKey() {
		return "capacity." + name();
	}

}
