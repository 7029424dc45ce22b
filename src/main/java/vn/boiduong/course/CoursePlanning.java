package vn.boiduong.course;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.curriculum.CurriculumService;
import vn.boiduong.identity.AccountPrincipal;
import vn.boiduong.identity.CurrentUser;
import vn.boiduong.identity.Role;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.Capacity;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.NotFoundException;
import vn.boiduong.shared.RuleViolationException;

/** The plan and its timetable, written by the planning body while the course is a DRAFT. */
@Service
class CoursePlanning {

	private final CourseRepository courses;

	private final CurriculumService curriculum;

	private final OrgUnitService units;

	private final CurrentUser currentUser;

	private final CoursePolicy policy;

	private final CourseNaming naming;

	private final LecturerBookings bookings;

	private final AuditLog audit;

	private final Clock clock;

	CoursePlanning(CourseRepository courses, CurriculumService curriculum, OrgUnitService units,
			CurrentUser currentUser, CoursePolicy policy, CourseNaming naming, LecturerBookings bookings,
			AuditLog audit, Clock clock) {
		this.courses = courses;
		this.curriculum = curriculum;
		this.units = units;
		this.currentUser = currentUser;
		this.policy = policy;
		this.naming = naming;
		this.bookings = bookings;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public CourseView create(Long organizingUnitId, PlanDetails plan) {
		OrgUnitView district = this.units.find(organizingUnitId)
			.filter(u -> u.kind().isCommittee() && !u.closed())
			.orElseThrow(() -> new AccessDeniedException("not an open committee: " + organizingUnitId));
		if (!this.policy.playsFor(this.currentUser.scope(), Capacity.PLANNING_BODY, district.id())) {
			throw new AccessDeniedException("not the planning body of " + organizingUnitId);
		}
		checkPlan(district.id(), plan);
		Long programId = this.curriculum.currentProgram().id();
		Course course = this.courses.saveAndFlush(Course.draft(programId, district.id(), plan, actor(), now()));
		this.audit.record("COURSE_CREATED", CourseService.AUDIT_TYPE, course.getId(), null, course.snapshot());
		return course.toView(this.naming.names(course));
	}

	@Transactional
	public CourseView editPlan(Long id, long expectedVersion, PlanDetails plan) {
		Course course = loadFor(id, CourseAction.EDIT);
		requireVersion(course, expectedVersion);
		Map<String, Object> before = course.snapshot();
		checkPlan(course.getOrganizingUnitId(), plan);
		this.bookings.checkLecturersTeachAt(course, plan.politicalCentreUnitId(), this.naming.names(course));
		course.editPlan(plan, now());
		this.courses.flush();
		this.audit.record("COURSE_PLAN_EDITED", CourseService.AUDIT_TYPE, id, before, course.snapshot());
		return course.toView(this.naming.names(course));
	}

	@Transactional
	public ClassSessionView addSession(Long courseId, SessionDetails details) {
		Course course = loadFor(courseId, CourseAction.EDIT);
		this.bookings.checkSession(course, details, -1L);
		ClassSession session = course.addSession(details, now());
		this.courses.flush();
		ClassSessionView view = session.toView(this.naming.names(course));
		this.audit.record("COURSE_SESSION_ADDED", CourseService.AUDIT_TYPE, courseId, null, view);
		return view;
	}

	@Transactional
	public ClassSessionView editSession(Long courseId, Long sessionId, long expectedVersion, SessionDetails details) {
		Course course = loadFor(courseId, CourseAction.EDIT);
		requireVersion(course, expectedVersion);
		CourseNames names = this.naming.names(course);
		ClassSessionView before = course.session(sessionId).toView(names);
		this.bookings.checkSession(course, details, sessionId);
		ClassSession session = course.editSession(sessionId, details, now());
		this.courses.flush();
		ClassSessionView after = session.toView(this.naming.names(course));
		this.audit.record("COURSE_SESSION_EDITED", CourseService.AUDIT_TYPE, courseId, before, after);
		return after;
	}

	/** After approval: a session's time, place or teacher, with a reason; the double-booking rule still holds. */
	@Transactional
	public ClassSessionView changeSession(Long courseId, Long sessionId, long expectedVersion, SessionChange change,
			String reason) {
		Course course = loadFor(courseId, CourseAction.CHANGE_SESSION);
		requireVersion(course, expectedVersion);
		ClassSession session = course.session(sessionId);
		ClassSessionView before = session.toView(this.naming.names(course));
		SessionDetails details = session.rescheduled(change);
		this.bookings.checkSession(course, details, sessionId);
		course.changeSession(sessionId, details, reason, actor(), now());
		this.courses.flush();
		ClassSessionView after = session.toView(this.naming.names(course));
		Map<String, Object> changed = new LinkedHashMap<>();
		changed.put("session", after);
		changed.put("reason", reason.trim());
		this.audit.record("COURSE_SESSION_CHANGED", CourseService.AUDIT_TYPE, courseId, before, changed);
		return after;
	}

	@Transactional
	public void removeSession(Long courseId, Long sessionId) {
		Course course = loadFor(courseId, CourseAction.EDIT);
		ClassSessionView before = course.session(sessionId).toView(this.naming.names(course));
		course.removeSession(sessionId, now());
		this.courses.flush();
		this.audit.record("COURSE_SESSION_REMOVED", CourseService.AUDIT_TYPE, courseId, before, null);
	}

	private void checkPlan(Long districtId, PlanDetails plan) {
		boolean centreOfDistrict = plan.politicalCentreUnitId() != null && this.policy
			.unitsPlaying(districtId, Capacity.TEACHING_INSTITUTION, LocalDate.now(this.clock.withZone(DisplayDates.VIETNAM)))
			.contains(plan.politicalCentreUnitId());
		if (!centreOfDistrict) {
			throw RuleViolationException.onField("politicalCentreUnitId", "course.error.centreNotOfDistrict");
		}
		if (!plan.electiveTopicIds().isEmpty()) {
			Set<Long> available = new HashSet<>();
			this.curriculum.electiveTopicsAvailableTo(this.curriculum.currentProgram().id(), districtId)
				.forEach(t -> available.add(t.id()));
			for (Long topicId : plan.electiveTopicIds()) {
				if (!available.contains(topicId)) {
					throw RuleViolationException.onField("electiveTopicIds", "course.error.topicNotAvailable");
				}
			}
		}
	}

	/** 404 when unknown, 403 when not visible or when the user plays no capacity that may take the action. */
	private Course loadFor(Long id, CourseAction action) {
		Course course = this.courses.findById(id).orElseThrow(() -> new NotFoundException("Course", id));
		this.policy.requireVisible(this.currentUser.scope(), course);
		this.policy.require(this.currentUser.scope(), action, course);
		return course;
	}

	private static void requireVersion(Course course, long expectedVersion) {
		if (course.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Course.class, course.getId());
		}
	}

	private Actor actor() {
		AccountPrincipal principal = this.currentUser.get();
		return new Actor(principal.getId(), principal.getFullName());
	}

	private Instant now() {
		return this.clock.instant();
	}

}
