package vn.boiduong.course;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.identity.CurrentUser;
import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserScope;
import vn.boiduong.organization.Capacity;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.TodoItem;
import vn.boiduong.shared.TodoSource;

/**
 * The home page's course plan items: opinions and decisions waiting for me, my drafts sent back, and my
 * drafts not yet sent for opinions, the sessions I am to teach; for the province, its districts' plans
 * still waiting and the courses opening this month.
 */
@Component
class CourseTodos implements TodoSource {

	/** "Upcoming" is counted from today where the courses take place. */
	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final CourseRepository courses;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final OrgUnitService units;

	private final CoursePolicy policy;

	CourseTodos(CourseRepository courses, CurrentUser currentUser, Clock clock, OrgUnitService units, CoursePolicy policy) {
		this.policy = policy;
		this.courses = courses;
		this.currentUser = currentUser;
		this.clock = clock;
		this.units = units;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TodoItem> todosForCurrentUser() {
		if (this.currentUser.find().isEmpty()) {
			return List.of();
		}
		List<TodoItem> items = new ArrayList<>();
		UserScope scope = this.currentUser.scope();
		List<Long> bodies = this.policy.bodiesOf(scope);
		if (!bodies.isEmpty()) {
			this.courses.awaitingOpinionOf(bodies)
				.forEach(c -> items.add(item("course.todo.opinion", "course.todo.opinion.item", c)));
		}
		Set<Long> committee = new LinkedHashSet<>(this.policy.committeesWhere(scope, Capacity.DECIDING_BODY));
		if (!committee.isEmpty()) {
			this.courses.findByUnitsAndStatus(committee, CourseStatus.AWAITING_DECISION)
				.forEach(c -> items.add(item("course.todo.decision", "course.todo.decision.item", c)));
		}
		Set<Long> propaganda = new LinkedHashSet<>(this.policy.committeesWhere(scope, Capacity.PLANNING_BODY));
		if (!propaganda.isEmpty()) {
			this.courses.returnedDrafts(propaganda)
				.forEach(c -> items.add(item("course.todo.returned", "course.todo.returned.item", c)));
			this.courses.findByUnitsAndStatus(propaganda, CourseStatus.DRAFT)
				.stream()
				.filter(c -> c.getReviewRound() == 0)
				.forEach(c -> items.add(item("course.todo.drafts", "course.todo.drafts.item", c)));
		}
		List<OrgUnitView> provinces = this.currentUser.scopesWith(Role.PROVINCE_PROPAGANDA);
		if (!provinces.isEmpty()) {
			items.addAll(provinceTodos(provinces));
		}
		if (this.currentUser.has(Role.LECTURER)) {
			DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
			Map<Course, List<ClassSession>> byCourse = this.courses
				.lecturerSessionsFrom(this.currentUser.get().getId(), LocalDate.now(this.clock.withZone(ZONE)))
				.stream()
				.collect(Collectors.groupingBy(ClassSession::getCourse, LinkedHashMap::new, Collectors.toList()));
			byCourse.forEach((c, sessions) -> items.add(new TodoItem("course.todo.teaching", "course.todo.teaching.item",
					new Object[] { CourseLabel.of(c.getName()), sessions.size(), day.format(sessions.get(0).getDate()) },
					"/courses/" + c.getId() + "#timetable")));
		}
		return items;
	}

	/**
	 * What the provincial propaganda board follows today: the plans of its districts still waiting for
	 * opinions or for the committee's decision, and the courses that open this month.
	 */
	private List<TodoItem> provinceTodos(List<OrgUnitView> provinces) {
		Map<Long, String> districts = new LinkedHashMap<>();
		List<Long> roots = provinces.stream().map(OrgUnitView::id).toList();
		for (OrgUnitKind kind : List.of(OrgUnitKind.DISTRICT_COMMITTEE, OrgUnitKind.COMMUNE_COMMITTEE)) {
			this.units.currentTree().ofKindWithin(roots, kind).forEach(d -> districts.put(d.id(), d.name()));
		}
		List<TodoItem> items = new ArrayList<>();
		if (districts.isEmpty()) {
			return items;
		}
		this.courses.findByUnitsAndStatus(districts.keySet(), CourseStatus.UNDER_REVIEW)
			.forEach(c -> items.add(new TodoItem("course.todo.province.review", "course.todo.province.review.item",
					new Object[] { CourseLabel.of(c.getName()), districts.get(c.getOrganizingUnitId()), c.getReviewRound() },
					"/courses/" + c.getId())));
		this.courses.findByUnitsAndStatus(districts.keySet(), CourseStatus.AWAITING_DECISION)
			.forEach(c -> items.add(new TodoItem("course.todo.province.decision", "course.todo.province.decision.item",
					new Object[] { CourseLabel.of(c.getName()), districts.get(c.getOrganizingUnitId()) },
					"/courses/" + c.getId())));
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		this.courses.openingBetween(districts.keySet(), today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()))
			.forEach(c -> items.add(new TodoItem("course.todo.province.opening", "course.todo.province.opening.item",
					new Object[] { CourseLabel.of(c.getName()), districts.get(c.getOrganizingUnitId()),
							day.format(c.getPlannedOpening()) },
					"/courses/" + c.getId())));
		return items;
	}


	private static TodoItem item(String group, String key, Course c) {
		return new TodoItem(group, key, new Object[] { CourseLabel.of(c.getName()), c.getReviewRound() }, "/courses/" + c.getId());
	}

}
