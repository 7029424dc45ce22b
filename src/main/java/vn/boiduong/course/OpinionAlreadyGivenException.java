package vn.boiduong.course;

import vn.boiduong.shared.RuleViolationException;

/** Refused: each body gives its opinion once per review round (a double click counts once). */
public class OpinionAlreadyGivenException extends RuleViolationException {

	public OpinionAlreadyGivenException(String bodyName, int round) {
		super("course.error.opinionAlreadyGiven", bodyName, round);
	}

}
