package vn.boiduong.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.identity.CurrentUser;
import vn.boiduong.identity.Role;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.TodoItem;
import vn.boiduong.shared.TodoSource;

/** The home page's course plan items: opinions and decisions waiting for me, my drafts sent back. */
@Component
class CourseTodos implements TodoSource {

	private final CourseRepository courses;

	private final CurrentUser currentUser;

	CourseTodos(CourseRepository courses, CurrentUser currentUser) {
		this.courses = courses;
		this.currentUser = currentUser;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TodoItem> todosForCurrentUser() {
		if (this.currentUser.find().isEmpty()) {
			return List.of();
		}
		List<TodoItem> items = new ArrayList<>();
		for (ConcurrenceBody body : ConcurrenceBody.values()) {
			Set<Long> districts = districtsWith(body.role());
			if (!districts.isEmpty()) {
				this.courses.awaitingOpinionOf(districts, body)
					.forEach(c -> items.add(item("course.todo.opinion", "course.todo.opinion.item", c)));
			}
		}
		Set<Long> committee = districtsWith(Role.DISTRICT_COMMITTEE);
		if (!committee.isEmpty()) {
			this.courses.findByUnitsAndStatus(committee, CourseStatus.AWAITING_DECISION)
				.forEach(c -> items.add(item("course.todo.decision", "course.todo.decision.item", c)));
		}
		Set<Long> propaganda = districtsWith(Role.DISTRICT_PROPAGANDA);
		if (!propaganda.isEmpty()) {
			this.courses.returnedDrafts(propaganda)
				.forEach(c -> items.add(item("course.todo.returned", "course.todo.returned.item", c)));
		}
		return items;
	}

	private Set<Long> districtsWith(Role role) {
		return new java.util.LinkedHashSet<>(this.currentUser.scopesWith(role).stream().map(OrgUnitView::id).toList());
	}

	private static TodoItem item(String group, String key, Course c) {
		return new TodoItem(group, key, new Object[] { c.getName(), c.getReviewRound() }, "/courses/" + c.getId());
	}

}
