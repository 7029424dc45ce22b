package vn.boiduong.course;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Refused: the committee decides only once both bodies concur (DESIGN §2). */
public class CourseNotAwaitingDecisionException extends CourseStatusException {

	public CourseNotAwaitingDecisionException(String courseName, CourseStatus status) {
		super("course.error.notAwaitingDecision", courseName, new DefaultMessageSourceResolvable(status.messageKey()));
	}

}
