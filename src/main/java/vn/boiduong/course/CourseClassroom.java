package vn.boiduong.course;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.identity.AccountPrincipal;
import vn.boiduong.identity.CurrentUser;
import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserScope;
import vn.boiduong.shared.NotFoundException;

/**
 * The class after its approval (issue 9): what the roster and attendance modules ask of a course (its
 * view, and whether the user may take an action, by the one policy table), and the opening and closing
 * of the class, which ask the roster and attendance through {@link RosterFacts} and {@link AttendanceFacts}.
 */
@Service
class CourseClassroom {

	/** "Today" is the day where the courses take place. */
	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final CourseRepository courses;

	private final CourseQueries queries;

	private final CourseNaming naming;

	private final CoursePolicy policy;

	private final CurrentUser currentUser;

	private final ObjectProvider<RosterFacts> roster;

	private final ObjectProvider<AttendanceFacts> attendance;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CourseClassroom(CourseRepository courses, CourseQueries queries, CourseNaming naming, CoursePolicy policy,
			CurrentUser currentUser, ObjectProvider<RosterFacts> roster, ObjectProvider<AttendanceFacts> attendance,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.courses = courses;
		this.queries = queries;
		this.naming = naming;
		this.policy = policy;
		this.currentUser = currentUser;
		this.roster = roster;
		this.attendance = attendance;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The course as the class's pages see it; 404 when unknown, 403 when not visible. */
	@Transactional(readOnly = true)
	public ClassView view(Long id) {
		return view(this.queries.loadVisible(id));
	}

	/**
	 * The course, when the user may take the action now: 403 when they play no capacity of the action's
	 * row, a {@link CourseActionNotOfferedException} (409) when the course's status does not offer it.
	 */
	@Transactional(readOnly = true)
	public ClassView require(Long id, CourseAction action) {
		Course course = this.queries.loadVisible(id);
		this.policy.require(this.currentUser.scope(), action, course);
		requireOffered(course, action);
		return view(course);
	}

	/** As {@link #require}, at one session: a lecturer only at the sessions they teach. */
	@Transactional(readOnly = true)
	public ClassView requireAtSession(Long id, Long sessionId, CourseAction action) {
		Course course = this.queries.loadVisible(id);
		ClassSession session = course.session(sessionId);
		if (!this.policy.maySessionAct(this.currentUser.scope(), action, course, session.getLecturerUserId())) {
			throw new AccessDeniedException("no capacity for " + action + " at session " + sessionId);
		}
		requireOffered(course, action);
		return view(course);
	}

	/** Whether the user may take the action at the session now (status included). */
	@Transactional(readOnly = true)
	public boolean mayAtSession(Long id, Long sessionId, CourseAction action) {
		Course course = this.queries.loadVisible(id);
		return CoursePolicy.TABLE.get(action).statuses().contains(course.getStatus()) && this.policy
			.maySessionAct(this.currentUser.scope(), action, course, course.session(sessionId).getLecturerUserId());
	}

	/**
	 * The classes in progress that the user runs for their teaching institution (the centre's director and
	 * staff: the policy table's CLASS_MANAGEMENT), found by the institution that teaches them: a district's
	 * political centre teaches its district's courses, the provincial school those of any ward or commune.
	 */
	@Transactional(readOnly = true)
	public List<ClassView> runByCurrentUser() {
		UserScope scope = this.currentUser.scope();
		if (!scope.has(Role.CENTRE_DIRECTOR) && !scope.has(Role.CENTRE_STAFF)) {
			return List.of();
		}
		List<Long> institutions = this.policy.teachingUnitsOf(scope);
		if (institutions.isEmpty()) {
			return List.of();
		}
		return this.courses.findByTeachingUnitsAndStatus(institutions, CourseStatus.IN_PROGRESS)
			.stream()
			.filter(c -> this.policy.mayAct(scope, CourseAction.CLOSE_CLASS, c))
			.map(this::view)
			.toList();
	}

	/** The classes in progress in which the user, a lecturer, teaches a session today. */
	@Transactional(readOnly = true)
	public List<ClassView> taughtTodayByCurrentUser() {
		UserScope scope = this.currentUser.scope();
		if (!scope.has(Role.LECTURER)) {
			return List.of();
		}
		LocalDate today = today();
		Map<Long, Course> byId = new LinkedHashMap<>();
		for (ClassSession s : this.courses.lecturerSessionsFrom(scope.userId(), today)) {
			if (s.getDate().equals(today) && s.getCourse().getStatus() == CourseStatus.IN_PROGRESS) {
				byId.putIfAbsent(s.getCourse().getId(), s.getCourse());
			}
		}
		return byId.values().stream().map(this::view).toList();
	}

	@Transactional
	public void open(Long id) {
		Course course = lockFor(id, CourseAction.OPEN_CLASS);
		Map<String, Object> before = course.snapshot();
		int learners = this.roster.getIfAvailable(() -> c -> 0).confirmedLearners(id);
		course.open(learners, today(), actor(), this.clock.instant());
		this.courses.flush();
		this.audit.record("CLASS_OPENED", CourseService.AUDIT_TYPE, id, before, course.snapshot());
		this.events.publishEvent(new ClassOpened(id, course.getOrganizingUnitId(), course.getOpenedOn(), learners));
	}

	@Transactional
	public void close(Long id) {
		Course course = lockFor(id, CourseAction.CLOSE_CLASS);
		Map<String, Object> before = course.snapshot();
		Set<Long> taken = this.attendance.getIfAvailable(() -> c -> Set.of()).sessionsTaken(id);
		course.close(taken, today(), actor(), this.clock.instant());
		this.courses.flush();
		this.audit.record("CLASS_CLOSED", CourseService.AUDIT_TYPE, id, before, course.snapshot());
		this.events.publishEvent(new ClassClosed(id, course.getOrganizingUnitId(), course.getClosedOn()));
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	private Course lockFor(Long id, CourseAction action) {
		Course course = this.courses.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("Course", id));
		this.policy.requireVisible(this.currentUser.scope(), course);
		this.policy.require(this.currentUser.scope(), action, course);
		return course;
	}

	private static void requireOffered(Course course, CourseAction action) {
		if (!CoursePolicy.TABLE.get(action).statuses().contains(course.getStatus())) {
			throw new CourseActionNotOfferedException(course.getName(), course.getStatus());
		}
	}

	private ClassView view(Course course) {
		CourseNames names = this.naming.names(course);
		UserScope scope = this.currentUser.scope();
		List<ClassSessionView> sessions = course.getSessions().stream().map(s -> s.toView(names)).toList();
		return new ClassView(course.getId(), course.getName(), course.getStatus(), course.getOrganizingUnitId(),
				names.unitName(course.getOrganizingUnitId()), course.getPoliticalCentreUnitId(),
				names.unitName(course.getPoliticalCentreUnitId()), course.getPlannedOpening(), course.getPlannedClosing(),
				course.getOpenedOn(), course.getClosedOn(), sessions, this.policy.allowedActions(scope, course));
	}

	private Actor actor() {
		AccountPrincipal principal = this.currentUser.get();
		return new Actor(principal.getId(), principal.getFullName());
	}

}
