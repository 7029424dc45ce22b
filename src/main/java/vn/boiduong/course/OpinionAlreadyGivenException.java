package vn.boiduong.course;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.boiduong.shared.RuleViolationException;

/** Refused: each body gives its opinion once per review round (a double click counts once). */
public class OpinionAlreadyGivenException extends RuleViolationException {

	public OpinionAlreadyGivenException(ConcurrenceBody body, int round) {
		super("course.error.opinionAlreadyGiven", new DefaultMessageSourceResolvable(body.messageKey()), round);
	}

}
