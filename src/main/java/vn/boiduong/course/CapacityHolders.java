package vn.boiduong.course;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserScope;
import vn.boiduong.organization.Capacity;
import vn.boiduong.organization.CommitteeCapacities;
import vn.boiduong.organization.OrgTree;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;

/**
 * Who plays which capacity for a course, today (issue 8, item 1). The units come from the data of the
 * course's organizing committee ({@link CommitteeCapacities}, with validity dates); the person acts for a
 * unit when they hold a role of the capacity's kind there (a body's staff at the body, the standing members
 * at the committee, the teaching staff at the institution). A committee or institution closed by a
 * reorganization acts through its continuing successor ({@link OrgTree#continuing}): a course still running
 * on the day continues under the successors, with no change to its rows.
 */
@Component
class CapacityHolders {

	/** The roles of a committee's bodies: the staff who plan, give opinions and propose learners. */
	static final Set<Role> BODY_STAFF = EnumSet.of(Role.DISTRICT_PROPAGANDA, Role.DISTRICT_ORGANIZATION,
			Role.DISTRICT_OFFICE);

	/** The standing members of a committee. */
	static final Set<Role> STANDING_MEMBERS = EnumSet.of(Role.DISTRICT_COMMITTEE);

	/** Those who run a class for the teaching institution: confirm the roster, open and close it. */
	static final Set<Role> CLASS_MANAGERS = EnumSet.of(Role.CENTRE_DIRECTOR, Role.CENTRE_STAFF);

	/** The lecturers of a teaching institution. */
	static final Set<Role> LECTURERS = EnumSet.of(Role.LECTURER);

	/** The staff of a teaching institution. */
	static final Set<Role> TEACHING_STAFF = EnumSet.of(Role.CENTRE_DIRECTOR, Role.CENTRE_STAFF, Role.LECTURER);

	private static final Set<Role> COMMITTEE_ROLES = EnumSet.of(Role.DISTRICT_PROPAGANDA, Role.DISTRICT_ORGANIZATION,
			Role.DISTRICT_OFFICE, Role.DISTRICT_COMMITTEE);

	private final CommitteeCapacities capacities;

	private final OrgUnitService units;

	private final Clock clock;

	CapacityHolders(CommitteeCapacities capacities, OrgUnitService units, Clock clock) {
		this.capacities = capacities;
		this.units = units;
		this.clock = clock;
	}

	/** Whether the user, as their scope says, plays the capacity for the course today. */
	boolean plays(UserScope scope, Capacity capacity, CourseRef course) {
		LocalDate today = LocalDate.now(this.clock.withZone(DisplayDates.VIETNAM));
		OrgTree tree = this.units.currentTree();
		Long committee = acting(tree, course.organizingUnitId(), today, course);
		return switch (capacity) {
			case ORGANIZING_COMMITTEE -> COMMITTEE_ROLES.stream().anyMatch(r -> scope.hasRoleOver(r, committee));
			case PLANNING_BODY, ENROLLING_BODY -> this.capacities.unitsPlaying(committee, capacity, today)
				.stream()
				.anyMatch(u -> scope.holdsAt(BODY_STAFF, u));
			case CONCURRING_BODY -> !bodiesSpokenFor(scope, course).isEmpty();
			case DECIDING_BODY -> this.capacities.unitsPlaying(committee, capacity, today)
				.stream()
				.anyMatch(u -> scope.holdsAt(STANDING_MEMBERS, u));
			case TEACHING_INSTITUTION -> course.teachingUnitId() != null
					&& scope.holdsAt(TEACHING_STAFF, acting(tree, course.teachingUnitId(), today, course));
			case REVIEWING_BODY -> scope.hasRoleOver(Role.PROVINCE_PROPAGANDA, committee);
			case CLASS_MANAGEMENT -> course.teachingUnitId() != null
					&& scope.holdsAt(CLASS_MANAGERS, acting(tree, course.teachingUnitId(), today, course));
			case LECTURER -> course.teachingUnitId() != null
					&& scope.holdsAt(LECTURERS, acting(tree, course.teachingUnitId(), today, course));
		};
	}

	/**
	 * The plan's concurring bodies (as submitted; a plan never submitted: its committee's today) the user
	 * speaks for today, in the plan's order: those whose staff they are, or whose successors' staff.
	 */
	List<Long> bodiesSpokenFor(UserScope scope, CourseRef course) {
		LocalDate today = LocalDate.now(this.clock.withZone(DisplayDates.VIETNAM));
		OrgTree tree = this.units.currentTree();
		List<Long> bodies = course.concurringBodyUnitIds().isEmpty()
				? this.capacities.unitsPlaying(acting(tree, course.organizingUnitId(), today, course), Capacity.CONCURRING_BODY, today)
				: course.concurringBodyUnitIds();
		List<Long> result = new ArrayList<>();
		for (Long body : bodies) {
			if (scope.holdsAt(BODY_STAFF, acting(tree, body, today, course))) {
				result.add(body);
			}
		}
		return result;
	}

	/** The units that play the capacity for the committee (or its successor) on the day, in order. */
	List<Long> unitsPlaying(Long organizingUnitId, Capacity capacity, LocalDate day) {
		Long committee = this.units.currentTree().continuing(organizingUnitId, day);
		return this.capacities.unitsPlaying(committee, capacity, day);
	}

	/**
	 * The committees for which the user plays a per-committee capacity today: those whose capacity rows
	 * name a unit where (or above where) the user holds a role of the capacity's kind, kept when
	 * {@link #plays} agrees.
	 */
	List<Long> committeesWhere(UserScope scope, Capacity capacity) {
		LocalDate today = LocalDate.now(this.clock.withZone(DisplayDates.VIETNAM));
		OrgTree tree = this.units.currentTree();
		Set<Long> candidates = new LinkedHashSet<>();
		for (Long unit : scope.unitsWith(rolesOf(capacity))) {
			for (OrgUnitView at : tree.ancestorsAndSelf(unit)) {
				candidates.addAll(this.capacities.committeesServedBy(at.id(), capacity, today));
			}
		}
		List<Long> result = new ArrayList<>();
		for (Long committee : candidates) {
			if (plays(scope, capacity, new CourseRef(committee, null, List.of()))) {
				result.add(committee);
			}
		}
		return result;
	}

	/** The units whose staff the user is, as a concurring body would name them, and those they succeeded. */
	List<Long> bodiesOf(UserScope scope) {
		return withPredecessors(scope.unitsWith(BODY_STAFF));
	}

	/** The teaching institutions whose staff the user is, and those they succeeded (their courses' history). */
	List<Long> teachingUnitsOf(UserScope scope) {
		return withPredecessors(scope.unitsWith(TEACHING_STAFF));
	}

	private List<Long> withPredecessors(List<Long> units) {
		if (units.isEmpty()) {
			return units;
		}
		OrgTree tree = this.units.currentTree();
		Set<Long> result = new LinkedHashSet<>(units);
		units.forEach(u -> result.addAll(tree.predecessorsOf(u)));
		return List.copyOf(result);
	}

	private static Set<Role> rolesOf(Capacity capacity) {
		return switch (capacity) {
			case DECIDING_BODY -> STANDING_MEMBERS;
			case TEACHING_INSTITUTION -> TEACHING_STAFF;
			default -> BODY_STAFF;
		};
	}

	/**
	 * The unit that acts today for a unit a course names: the unit itself, or, once it has closed, its
	 * continuing successor, when the course was still running on the day it closed. A course that had ended
	 * before is history: the closed unit keeps it, and nobody acts on it any more.
	 */
	private static Long acting(OrgTree tree, Long unitId, LocalDate today, CourseRef course) {
		LocalDate closedOn = tree.find(unitId).map(OrgUnitView::validTo).orElse(null);
		if (closedOn != null && course.plannedClosing() != null && course.plannedClosing().isBefore(closedOn)) {
			return unitId;
		}
		return tree.continuing(unitId, today);
	}

	/** What the capacities of a course depend on ({@code plannedClosing} null for a plan not yet written). */
	record CourseRef(Long organizingUnitId, Long teachingUnitId, List<Long> concurringBodyUnitIds,
			LocalDate plannedClosing) {

		CourseRef(Long organizingUnitId, Long teachingUnitId, List<Long> concurringBodyUnitIds) {
			this(organizingUnitId, teachingUnitId, concurringBodyUnitIds, null);
		}

		static CourseRef of(Course course) {
			return new CourseRef(course.getOrganizingUnitId(), course.getPoliticalCentreUnitId(),
					course.getConcurringBodyUnitIds(), course.getPlannedClosing());
		}

	}

}
