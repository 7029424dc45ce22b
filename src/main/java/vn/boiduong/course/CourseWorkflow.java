package vn.boiduong.course;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.curriculum.CurriculumService;
import vn.boiduong.identity.AccountPrincipal;
import vn.boiduong.identity.CurrentUser;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.shared.NotFoundException;

/**
 * The steps of the plan's workflow (DESIGN §2, HD 59 III.3): submit, opinions, decision, cancellation.
 * Who may take each step is the policy table's answer ({@link CoursePolicy}); the {@link Course}
 * aggregate guards its own status.
 */
@Service
class CourseWorkflow {

	private final CourseRepository courses;

	private final CurriculumService curriculum;

	private final CurrentUser currentUser;

	private final CoursePolicy policy;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OrgUnitService units;

	CourseWorkflow(CourseRepository courses, CurriculumService curriculum, CurrentUser currentUser,
			CoursePolicy policy, AuditLog audit, ApplicationEventPublisher events, Clock clock, OrgUnitService units) {
		this.units = units;
		this.courses = courses;
		this.curriculum = curriculum;
		this.currentUser = currentUser;
		this.policy = policy;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void submitForReview(Long id, String comment) {
		Course course = loadFor(id, CourseAction.SUBMIT);
		Map<String, Object> before = course.snapshot();
		Map<Long, String> lessons = new LinkedHashMap<>();
		this.curriculum.lessons(course.getProgramId())
			.forEach(l -> lessons.put(l.id(), "Bài " + l.number() + ". " + l.title()));
		List<Long> bodies = this.policy.concurringBodiesOn(course, LocalDate.now(this.clock.withZone(DisplayDates.VIETNAM)));
		course.submitForReview(lessons, bodies, actor(), comment, now());
		this.courses.flush();
		this.audit.record("COURSE_PLAN_SUBMITTED", CourseService.AUDIT_TYPE, id, before, course.snapshot());
		this.events.publishEvent(new CoursePlanSubmitted(id, course.getOrganizingUnitId(), course.getReviewRound()));
	}

	/**
	 * Records the opinion of the body (a unit) the user speaks for; {@code body} may be null when the user
	 * speaks for only one of the plan's concurring bodies.
	 */
	@Transactional
	public void recordConcurrence(Long id, Long body, Verdict verdict, String comment) {
		// the bodies often answer within seconds: the second waits and counts with the first's opinion
		Course course = this.courses.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("Course", id));
		this.policy.requireVisible(this.currentUser.scope(), course);
		Long speaking = bodyOf(course, body);
		Map<String, Object> before = course.snapshot();
		course.recordConcurrence(speaking, this.units.currentTree().name(speaking), verdict, comment, actor(), now());
		this.courses.flush();
		this.audit.record(verdict == Verdict.CONCUR ? "COURSE_PLAN_CONCURRED" : "COURSE_PLAN_CHANGES_REQUESTED",
				CourseService.AUDIT_TYPE, id, before, course.snapshot());
		if (verdict == Verdict.CONCUR) {
			this.events.publishEvent(new CoursePlanConcurred(id, course.getOrganizingUnitId(), course.getReviewRound(),
					speaking, course.getStatus() == CourseStatus.AWAITING_DECISION));
		}
		else {
			this.events.publishEvent(new CoursePlanChangesRequested(id, course.getOrganizingUnitId(),
					course.getReviewRound(), speaking, comment));
		}
	}

	@Transactional
	public void approve(Long id, String decisionNumber, LocalDate decisionDate, String signerName, String signerTitle) {
		Course course = loadFor(id, CourseAction.APPROVE);
		Map<String, Object> before = course.snapshot();
		if (course.getStatus() != CourseStatus.AWAITING_DECISION) {
			throw new CourseNotAwaitingDecisionException(course.getName(), course.getStatus());
		}
		OpeningDecision decision = new OpeningDecision(decisionNumber, decisionDate, signerName, signerTitle);
		course.approve(decision, actor(), now());
		this.courses.flush();
		this.audit.record("COURSE_PLAN_APPROVED", CourseService.AUDIT_TYPE, id, before, course.snapshot());
		this.events.publishEvent(new CoursePlanApproved(id, course.getOrganizingUnitId(), decision.toView()));
	}

	@Transactional
	public void reject(Long id, String reason) {
		Course course = loadFor(id, CourseAction.REJECT);
		Map<String, Object> before = course.snapshot();
		course.reject(reason, actor(), now());
		this.courses.flush();
		this.audit.record("COURSE_PLAN_REJECTED", CourseService.AUDIT_TYPE, id, before, course.snapshot());
		this.events.publishEvent(new CoursePlanRejected(id, course.getOrganizingUnitId(), reason.trim()));
	}

	@Transactional
	public void cancel(Long id, String reason) {
		Course course = loadFor(id, CourseAction.CANCEL);
		Map<String, Object> before = course.snapshot();
		CourseStatus previous = course.getStatus();
		course.cancel(reason, actor(), now());
		this.courses.flush();
		this.audit.record("COURSE_CANCELLED", CourseService.AUDIT_TYPE, id, before, course.snapshot());
		this.events.publishEvent(new CourseCancelled(id, course.getOrganizingUnitId(), previous, reason.trim()));
	}

	/** The body the user speaks for: the one asked for, if they speak for it, or the first they speak for. */
	private Long bodyOf(Course course, Long requested) {
		List<Long> held = this.policy.bodiesSpokenFor(this.currentUser.scope(), course);
		if (requested != null) {
			if (!held.contains(requested)) {
				throw new AccessDeniedException("does not speak for " + requested);
			}
			return requested;
		}
		if (held.isEmpty()) {
			throw new AccessDeniedException("speaks for none of the plan's concurring bodies");
		}
		return held.get(0);
	}

	/** 404 when unknown, 403 when not visible or when the user plays no capacity that may take the action. */
	private Course loadFor(Long id, CourseAction action) {
		Course course = this.courses.findById(id).orElseThrow(() -> new NotFoundException("Course", id));
		this.policy.requireVisible(this.currentUser.scope(), course);
		this.policy.require(this.currentUser.scope(), action, course);
		return course;
	}

	private Actor actor() {
		AccountPrincipal principal = this.currentUser.get();
		return new Actor(principal.getId(), principal.getFullName());
	}

	private Instant now() {
		return this.clock.instant();
	}

}
