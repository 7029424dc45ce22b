package vn.boiduong.course;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Refused: only a draft plan and its timetable may be changed or submitted (DESIGN §2). */
public class CourseNotInDraftException extends CourseStatusException {

	public CourseNotInDraftException(String courseName, CourseStatus status) {
		super("course.error.notInDraft", courseName, new DefaultMessageSourceResolvable(status.messageKey()));
	}

}
