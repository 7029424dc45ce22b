package vn.boiduong.course;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Refused: only an approved course opens (DESIGN §2). */
public class ClassNotOpenableException extends CourseStatusException {

	public ClassNotOpenableException(String courseName, CourseStatus status) {
		super("course.error.notOpenable", courseName, new DefaultMessageSourceResolvable(status.messageKey()));
	}

}
