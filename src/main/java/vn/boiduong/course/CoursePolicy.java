package vn.boiduong.course;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.boiduong.identity.UserScope;

/**
 * Who may do what to a course, in one table (issue 7, item 3; DESIGN §2): for each action, the statuses
 * in which it is offered and the capacities that may take it. The course page's buttons
 * ({@link #allowedActions}) and the services ({@link #require}) both read it. The statuses after
 * IN_PROGRESS add rows here with their actions; who plays a capacity is {@link CapacityHolders}' answer.
 * <p>
 * A service refuses (403) a user who plays none of the action's capacities; a step in the wrong status is
 * refused by the {@link Course} aggregate itself (409), so that the reason a step fails stays exact.
 */
@Component
class CoursePolicy {

	/** One row of the table. {@code body} names the concurring body for an opinion, otherwise null. */
	record Rule(Set<CourseStatus> statuses, List<Capacity> capacities, ConcurrenceBody body) {
	}

	static final Map<CourseAction, Rule> TABLE = table();

	private static Map<CourseAction, Rule> table() {
		Map<CourseAction, Rule> t = new EnumMap<>(CourseAction.class);
		Set<CourseStatus> draft = EnumSet.of(CourseStatus.DRAFT);
		t.put(CourseAction.EDIT, new Rule(draft, List.of(Capacity.PLANNING_BODY), null));
		t.put(CourseAction.SUBMIT, new Rule(draft, List.of(Capacity.PLANNING_BODY), null));
		for (ConcurrenceBody body : ConcurrenceBody.values()) {
			t.put(CourseAction.opinionAs(body),
					new Rule(EnumSet.of(CourseStatus.UNDER_REVIEW), List.of(Capacity.CONCURRING_BODY), body));
		}
		Set<CourseStatus> awaiting = EnumSet.of(CourseStatus.AWAITING_DECISION);
		t.put(CourseAction.APPROVE, new Rule(awaiting, List.of(Capacity.DECIDING_BODY), null));
		t.put(CourseAction.REJECT, new Rule(awaiting, List.of(Capacity.DECIDING_BODY), null));
		Set<CourseStatus> cancellable = EnumSet.noneOf(CourseStatus.class);
		for (CourseStatus s : CourseStatus.values()) {
			if (s.isCancellable()) {
				cancellable.add(s);
			}
		}
		t.put(CourseAction.CANCEL,
				new Rule(cancellable, List.of(Capacity.PLANNING_BODY, Capacity.DECIDING_BODY), null));
		// issue 9: the roster, opening and closing, attendance (a late joiner may be enrolled after opening)
		Set<CourseStatus> rosterOpen = EnumSet.of(CourseStatus.APPROVED, CourseStatus.IN_PROGRESS);
		t.put(CourseAction.PROPOSE_LEARNERS, new Rule(rosterOpen, List.of(Capacity.ENROLLING_BODY), null));
		t.put(CourseAction.CONFIRM_ROSTER, new Rule(rosterOpen, List.of(Capacity.CLASS_MANAGEMENT), null));
		// after approval the centre changes a session's lecturer, time or room, with a reason (DESIGN §2)
		t.put(CourseAction.CHANGE_SESSION, new Rule(rosterOpen, List.of(Capacity.CLASS_MANAGEMENT), null));
		t.put(CourseAction.OPEN_CLASS,
				new Rule(EnumSet.of(CourseStatus.APPROVED), List.of(Capacity.CLASS_MANAGEMENT), null));
		t.put(CourseAction.CLOSE_CLASS,
				new Rule(EnumSet.of(CourseStatus.IN_PROGRESS), List.of(Capacity.CLASS_MANAGEMENT), null));
		// a lecturer marks only the sessions they teach: CoursePolicy#maySessionAct
		t.put(CourseAction.TAKE_ATTENDANCE, new Rule(EnumSet.of(CourseStatus.IN_PROGRESS),
				List.of(Capacity.CLASS_MANAGEMENT, Capacity.LECTURER), null));
		t.put(CourseAction.CORRECT_ATTENDANCE, new Rule(EnumSet.of(CourseStatus.CLOSED),
				List.of(Capacity.CLASS_MANAGEMENT, Capacity.LECTURER), null));
		return t;
	}

	private final CapacityHolders holders;

	CoursePolicy(CapacityHolders holders) {
		this.holders = holders;
	}

	/** Whether the user plays one of the capacities that may take the action on the course (any status). */
	boolean mayAct(UserScope scope, CourseAction action, Course course) {
		Rule rule = TABLE.get(action);
		CapacityHolders.CourseRef ref = CapacityHolders.CourseRef.of(course);
		return rule.capacities().stream().anyMatch(c -> this.holders.plays(scope, c, rule.body(), ref));
	}

	/** 403 unless the user plays one of the capacities that may take the action on the course. */
	void require(UserScope scope, CourseAction action, Course course) {
		if (!mayAct(scope, action, course)) {
			throw new AccessDeniedException("no capacity for " + action + " on course " + course.getId());
		}
	}

	/** The buttons of the course page: the actions its status offers that the user may take now. */
	Set<CourseAction> allowedActions(UserScope scope, Course course) {
		Set<CourseAction> actions = EnumSet.noneOf(CourseAction.class);
		TABLE.forEach((action, rule) -> {
			if (rule.statuses().contains(course.getStatus()) && mayAct(scope, action, course)
					&& (rule.body() == null || course.opinionOf(rule.body(), course.getReviewRound()).isEmpty())) {
				actions.add(action);
			}
		});
		return actions;
	}

	/**
	 * Whether the user may take the action at one session: a lecturer only at the sessions they teach,
	 * every other capacity of the action's row at every session.
	 */
	boolean maySessionAct(UserScope scope, CourseAction action, Course course, Long sessionLecturerId) {
		Rule rule = TABLE.get(action);
		CapacityHolders.CourseRef ref = CapacityHolders.CourseRef.of(course);
		return rule.capacities()
			.stream()
			.filter(c -> c != Capacity.LECTURER || (sessionLecturerId != null && sessionLecturerId.equals(scope.userId())))
			.anyMatch(c -> this.holders.plays(scope, c, rule.body(), ref));
	}

	/** The concurring bodies the user speaks for on this course, in the order of {@link ConcurrenceBody}. */
	List<ConcurrenceBody> bodiesSpokenFor(UserScope scope, Course course) {
		return List.of(ConcurrenceBody.values())
			.stream()
			.filter(b -> mayAct(scope, CourseAction.opinionAs(b), course))
			.toList();
	}

}
