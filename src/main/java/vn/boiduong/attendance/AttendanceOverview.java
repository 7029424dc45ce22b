package vn.boiduong.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.ClassView;
import vn.boiduong.course.CourseAction;
import vn.boiduong.course.CourseService;

/**
 * The sessions of a course with their attendance sheets: which are taken, and which the user may mark
 * (a lecturer sees the sessions they teach as markable, the centre every session).
 */
@Service
public class AttendanceOverview {

	private final CourseService courses;

	private final AttendanceSheets sheets;

	AttendanceOverview(CourseService courses, AttendanceSheets sheets) {
		this.courses = courses;
		this.sheets = sheets;
	}

	/** The course's sessions that have attendance. */
	public record Overview(ClassView course, List<SessionState> sessions) {
	}

	public record SessionState(ClassSessionView session, boolean taken, boolean mayMark) {
	}

	/** For those who take attendance in the course or see its learners; 403 for others. */
	@Transactional(readOnly = true)
	public Overview of(Long courseId) {
		ClassView course = this.courses.classView(courseId);
		Set<Long> taken = this.sheets.sessionsTaken(courseId);
		List<SessionState> states = new ArrayList<>();
		boolean any = false;
		for (ClassSessionView s : course.attendedSessions()) {
			boolean may = this.courses.mayAtSession(courseId, s.id(), CourseAction.TAKE_ATTENDANCE)
					|| this.courses.mayAtSession(courseId, s.id(), CourseAction.CORRECT_ATTENDANCE);
			any |= may;
			states.add(new SessionState(s, taken.contains(s.id()), may));
		}
		if (!any && !this.sheets.mayReadLearners(course)) {
			throw new AccessDeniedException("neither marks nor reads the learners of course " + courseId);
		}
		return new Overview(course, states);
	}

}
