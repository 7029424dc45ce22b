package vn.boiduong.course;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Refused: opinions are given only while the plan is under review (DESIGN §2). */
public class CourseNotUnderReviewException extends CourseStatusException {

	public CourseNotUnderReviewException(String courseName, CourseStatus status) {
		super("course.error.notUnderReview", courseName, new DefaultMessageSourceResolvable(status.messageKey()));
	}

}
