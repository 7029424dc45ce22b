package vn.boiduong.learner;

/**
 * A learner's absences against the sessions that count for them (DESIGN §4: not eligible above 20 %; a
 * warning from 15 %, issue 9, before it is too late). Sessions before a late joiner's first day do not count.
 */
public record AbsenceShare(int absences, int sessions) {

	public static final int WARNING_PERCENT = 15;

	public static final int LIMIT_PERCENT = 20;

	public static final AbsenceShare NONE = new AbsenceShare(0, 0);

	/** The share in whole percent, rounded down. */
	public int percent() {
		return this.sessions == 0 ? 0 : this.absences * 100 / this.sessions;
	}

	public boolean warning() {
		return this.sessions > 0 && this.absences * 100 >= WARNING_PERCENT * this.sessions;
	}

	public boolean ineligible() {
		return this.sessions > 0 && this.absences * 100 > LIMIT_PERCENT * this.sessions;
	}

}
