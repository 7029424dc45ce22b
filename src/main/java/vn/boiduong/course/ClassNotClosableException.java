package vn.boiduong.course;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Refused: only a class in progress closes (DESIGN §2). */
public class ClassNotClosableException extends CourseStatusException {

	public ClassNotClosableException(String courseName, CourseStatus status) {
		super("course.error.notClosable", courseName, new DefaultMessageSourceResolvable(status.messageKey()));
	}

}
