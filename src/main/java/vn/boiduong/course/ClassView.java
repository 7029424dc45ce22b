package vn.boiduong.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A course as the modules that run the class (roster, attendance) see it: its status, units, dates, the
 * timetable, and what the signed-in user may do to it now.
 */
public record ClassView(Long id, String name, CourseStatus status, Long organizingUnitId, String organizingUnitName,
		Long politicalCentreUnitId, String politicalCentreName, LocalDate plannedOpening, LocalDate plannedClosing,
		LocalDate openedOn, LocalDate closedOn, List<ClassSessionView> sessions, Set<CourseAction> allowedActions) {

	public boolean may(CourseAction action) {
		return this.allowedActions.contains(action);
	}

	/** As {@link #may(CourseAction)}, by name, for templates. */
	public boolean may(String action) {
		return this.allowedActions.contains(CourseAction.valueOf(action));
	}

	public Optional<ClassSessionView> session(Long sessionId) {
		return this.sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst();
	}

	/** The sessions that have attendance (all but self-study), in timetable order. */
	public List<ClassSessionView> attendedSessions() {
		return this.sessions.stream().filter(s -> s.kind() != SessionKind.SELF_STUDY).toList();
	}

}
