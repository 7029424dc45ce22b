package vn.boiduong.attendance;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.course.ClassView;
import vn.boiduong.course.CourseLabel;
import vn.boiduong.course.CourseService;
import vn.boiduong.identity.CurrentUser;
import vn.boiduong.learner.AbsenceShare;
import vn.boiduong.learner.Roster;
import vn.boiduong.shared.TodoItem;
import vn.boiduong.shared.TodoSource;

/**
 * The centre's home page: the classes it runs where a learner has reached 15 % of absences, before it is
 * too late (issue 9; the limit of DESIGN §4 is 20 %).
 */
@Component
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
		List<TodoItem> items = new ArrayList<>();
		for (ClassView course : this.courses.classesRunByCurrentUser()) {
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
