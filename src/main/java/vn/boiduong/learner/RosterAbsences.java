package vn.boiduong.learner;

import java.util.Map;

/**
 * The absences the roster page shows beside each learner; the attendance module, which keeps the marks,
 * implements it (the arrow points from attendance to learner, not back).
 */
public interface RosterAbsences {

	/** Each enrolled learner's share of absences in the course, by learner id (absent: none counted yet). */
	Map<Long, AbsenceShare> sharesOf(Long courseId);

}
