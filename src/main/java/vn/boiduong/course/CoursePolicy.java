package vn.boiduong.course;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.boiduong.identity.UserScope;
import vn.boiduong.organization.Capacity;

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

	/** One row of the table. */
	record Rule(Set<CourseStatus> statuses, List<Capacity> capacities) {
	}

	static final Map<CourseAction, Rule> TABLE = table();

	private static Map<CourseAction, Rule> table() {
		Map<CourseAction, Rule> t = new EnumMap<>(CourseAction.class);
		Set<CourseStatus> draft = EnumSet.of(CourseStatus.DRAFT);
		t.put(CourseAction.EDIT, new Rule(draft, List.of(Capacity.PLANNING_BODY)));
		t.put(CourseAction.SUBMIT, new Rule(draft, List.of(Capacity.PLANNING_BODY)));
		t.put(CourseAction.GIVE_OPINION, new Rule(EnumSet.of(CourseStatus.UNDER_REVIEW), List.of(Capacity.CONCURRING_BODY)));
		Set<CourseStatus> awaiting = EnumSet.of(CourseStatus.AWAITING_DECISION);
		t.put(CourseAction.APPROVE, new Rule(awaiting, List.of(Capacity.DECIDING_BODY)));
		t.put(CourseAction.REJECT, new Rule(awaiting, List.of(Capacity.DECIDING_BODY)));
		Set<CourseStatus> cancellable = EnumSet.noneOf(CourseStatus.class);
		for (CourseStatus s : CourseStatus.values()) {
			if (s.isCancellable()) {
				cancellable.add(s);
			}
		}
		t.put(CourseAction.CANCEL,
				new Rule(cancellable, List.of(Capacity.PLANNING_BODY, Capacity.DECIDING_BODY)));
		// issue 9: the roster, opening and closing, attendance (a late joiner may be enrolled after opening)
		Set<CourseStatus> rosterOpen = EnumSet.of(CourseStatus.APPROVED, CourseStatus.IN_PROGRESS);
		t.put(CourseAction.PROPOSE_LEARNERS, new Rule(rosterOpen, List.of(Capacity.ENROLLING_BODY)));
		t.put(CourseAction.CONFIRM_ROSTER, new Rule(rosterOpen, List.of(Capacity.CLASS_MANAGEMENT)));
		// after approval the centre changes a session's lecturer, time or room, with a reason (DESIGN §2)
		t.put(CourseAction.CHANGE_SESSION, new Rule(rosterOpen, List.of(Capacity.CLASS_MANAGEMENT)));
		t.put(CourseAction.OPEN_CLASS,
				new Rule(EnumSet.of(CourseStatus.APPROVED), List.of(Capacity.CLASS_MANAGEMENT)));
		t.put(CourseAction.CLOSE_CLASS,
				new Rule(EnumSet.of(CourseStatus.IN_PROGRESS), List.of(Capacity.CLASS_MANAGEMENT)));
		// a lecturer marks only the sessions they teach: CoursePolicy#maySessionAct
		t.put(CourseAction.TAKE_ATTENDANCE, new Rule(EnumSet.of(CourseStatus.IN_PROGRESS),
				List.of(Capacity.CLASS_MANAGEMENT, Capacity.LECTURER)));
		t.put(CourseAction.CORRECT_ATTENDANCE, new Rule(EnumSet.of(CourseStatus.CLOSED),
				List.of(Capacity.CLASS_MANAGEMENT, Capacity.LECTURER)));
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
		return rule.capacities().stream().anyMatch(c -> this.holders.plays(scope, c, ref));
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
					&& (action != CourseAction.GIVE_OPINION || !bodiesStillToSpeak(scope, course).isEmpty())) {
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
			.anyMatch(c -> this.holders.plays(scope, c, ref));
	}

	/** Whether the user plays the capacity for the committee (a course of it not yet written, e.g. a new plan). */
	boolean playsFor(UserScope scope, Capacity capacity, Long committeeId) {
		return this.holders.plays(scope, capacity, new CapacityHolders.CourseRef(committeeId, null, List.of()));
	}

	/** The committees for which the user plays the capacity today. */
	List<Long> committeesWhere(UserScope scope, Capacity capacity) {
		return this.holders.committeesWhere(scope, capacity);
	}

	/** The units that play the capacity for the committee on the day (its teaching institutions, …). */
	List<Long> unitsPlaying(Long committeeId, Capacity capacity, LocalDate day) {
		return this.holders.unitsPlaying(committeeId, capacity, day);
	}

	/** The concurring bodies a plan submitted on the day needs: its committee's, in order. */
	List<Long> concurringBodiesOn(Course course, LocalDate day) {
		return this.holders.unitsPlaying(course.getOrganizingUnitId(), Capacity.CONCURRING_BODY, day);
	}

	/**
	 * Whether the user may see the course: its committee is in their scope (the tree, and the history of the
	 * units their units succeeded), or they teach it (the provincial school teaches for many committees).
	 */
	boolean maySee(UserScope scope, Course course) {
		return scope.canSee(course.getOrganizingUnitId())
				|| this.holders.plays(scope, Capacity.TEACHING_INSTITUTION, CapacityHolders.CourseRef.of(course));
	}

	/** The units whose staff the user is: the concurring bodies they may speak for. */
	List<Long> bodiesOf(UserScope scope) {
		return this.holders.bodiesOf(scope);
	}

	/** The teaching institutions whose staff the user is (their courses are visible to them). */
	List<Long> teachingUnitsOf(UserScope scope) {
		return this.holders.teachingUnitsOf(scope);
	}

	/** 403 unless the user may see the course. */
	void requireVisible(UserScope scope, Course course) {
		if (!maySee(scope, course)) {
			throw new AccessDeniedException("course " + course.getId() + " is not visible");
		}
	}

	/** The plan's concurring bodies the user speaks for, in the plan's order. */
	List<Long> bodiesSpokenFor(UserScope scope, Course course) {
		return this.holders.bodiesSpokenFor(scope, CapacityHolders.CourseRef.of(course));
	}

	/** Those of them that have not given their opinion in the current round. */
	List<Long> bodiesStillToSpeak(UserScope scope, Course course) {
		return bodiesSpokenFor(scope, course).stream()
			.filter(b -> course.opinionOf(b, course.getReviewRound()).isEmpty())
			.toList();
	}

}
