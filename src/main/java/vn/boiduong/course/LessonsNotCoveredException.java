package vn.boiduong.course;

import vn.boiduong.shared.RuleViolationException;

/**
 * Refused: a plan is submitted only when every compulsory lesson has a session, taught or left to
 * self-study (HD 59 allows parts of a lesson to be self-studied).
 */
public class LessonsNotCoveredException extends RuleViolationException {

	public LessonsNotCoveredException(String missingLessons) {
		super("course.error.lessonsNotCovered", missingLessons);
	}

}
