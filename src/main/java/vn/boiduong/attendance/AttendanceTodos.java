package vn.boiduong.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.ClassView;
import vn.boiduong.course.CourseAction;
import vn.boiduong.course.CourseLabel;
import vn.boiduong.course.CourseService;
import vn.boiduong.identity.CurrentUser;
import vn.boiduong.learner.AbsenceShare;
import vn.boiduong.learner.Roster;
import vn.boiduong.shared.TodoItem;
import vn.boiduong.shared.TodoSource;

/**
 * The home page of those who take attendance: today's sessions of the classes in progress that they may mark,
 * each with a link to its sheet and whether it is taken yet (the lecturer of the session, the centre's director
 * and staff); and for the centre, the classes it runs where a learner has reached 15 % of absences, before it is
 * too late (issue 9; the limit of DESIGN §4 is 20 %). Listed first: it is the day's work.
 */
@Component
@Order(0)
class AttendanceTodos implements TodoSource {

	private final CourseService courses;

	private final Roster roster;

	private final AttendanceSheets sheets;

	private final CurrentUser currentUser;

	AttendanceTodos(CourseService courses, Roster roster, AttendanceSheets sheets, CurrentUser currentUser) {
		this.courses = courses;
		this.roster = roster;
		this.sheets = sheets;
		this.currentUser = currentUser;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TodoItem> todosForCurrentUser() {
		if (this.currentUser.find().isEmpty()) {
			return List.of();
		}
		List<ClassView> run = this.courses.classesRunByCurrentUser();
		Map<Long, ClassView> classes = new LinkedHashMap<>();
		run.forEach(c -> classes.put(c.id(), c));
		this.courses.classesTaughtTodayByCurrentUser().forEach(c -> classes.putIfAbsent(c.id(), c));
		List<TodoItem> items = new ArrayList<>();
		LocalDate today = this.courses.today();
		for (ClassView course : classes.values()) {
			Set<Long> taken = null;
			for (ClassSessionView s : course.attendedSessions()) {
				if (!s.date().equals(today)
						|| !this.courses.mayAtSession(course.id(), s.id(), CourseAction.TAKE_ATTENDANCE)) {
					continue;
				}
				if (taken == null) {
					taken = this.sheets.sessionsTaken(course.id());
				}
				int done = taken.contains(s.id()) ? 1 : 0;
				String link = "/courses/" + course.id() + "/sessions/" + s.id() + "/attendance";
				items.add(s.subject() != null
						? new TodoItem("attendance.todo.today", "attendance.todo.today.item",
								new Object[] { CourseLabel.of(course.name()), s.hours(), s.subject(), done }, link)
						: new TodoItem("attendance.todo.today", "attendance.todo.today.hours",
								new Object[] { CourseLabel.of(course.name()), s.hours(), done }, link));
			}
		}
		for (ClassView course : run) {
			long warned = this.sheets.shares(course, this.roster.confirmedLearners(course))
				.values()
				.stream()
				.filter(AbsenceShare::warning)
				.count();
			if (warned > 0) {
				items.add(new TodoItem("attendance.todo.absences", "attendance.todo.absences.item",
						new Object[] { CourseLabel.of(course.name()), warned }, "/courses/" + course.id() + "/roster"));
			}
		}
		return items;
	}

}
