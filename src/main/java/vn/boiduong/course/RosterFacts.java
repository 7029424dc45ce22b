package vn.boiduong.course;

/**
 * What the course asks of its roster before the class opens; the learner module, which keeps the roster,
 * implements it (the arrow points from learner to course, not back).
 */
public interface RosterFacts {

	/** How many learners of the course's roster the teaching institution has confirmed (not removed). */
	int confirmedLearners(Long courseId);

}
