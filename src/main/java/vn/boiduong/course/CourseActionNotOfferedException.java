package vn.boiduong.course;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Refused: the course's status does not offer this action (the policy table, {@link CoursePolicy}). */
public class CourseActionNotOfferedException extends CourseStatusException {

	public CourseActionNotOfferedException(String courseName, CourseStatus status) {
		super("course.error.notOfferedInStatus", courseName, new DefaultMessageSourceResolvable(status.messageKey()));
	}

}
