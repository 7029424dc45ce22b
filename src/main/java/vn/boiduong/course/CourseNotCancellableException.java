package vn.boiduong.course;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Refused: a course is cancelled only before the class opens (DESIGN §2). */
public class CourseNotCancellableException extends CourseStatusException {

	public CourseNotCancellableException(String courseName, CourseStatus status) {
		super("course.error.notCancellable", courseName, new DefaultMessageSourceResolvable(status.messageKey()));
	}

}
