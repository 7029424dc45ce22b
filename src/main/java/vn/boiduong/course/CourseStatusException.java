package vn.boiduong.course;

import vn.boiduong.shared.RuleViolationException;

/** A transition asked of a course in a status that does not allow it; nothing was changed. */
public class CourseStatusException extends RuleViolationException {

	public CourseStatusException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
