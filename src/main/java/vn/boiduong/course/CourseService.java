package vn.boiduong.course;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.curriculum.CurriculumService;
import vn.boiduong.curriculum.ElectiveTopicView;
import vn.boiduong.curriculum.LearningRequirementView;
import vn.boiduong.curriculum.LessonView;
import vn.boiduong.identity.AccountPrincipal;
import vn.boiduong.identity.CurrentUser;
import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.NotFoundException;
import vn.boiduong.shared.PageView;
import vn.boiduong.shared.RuleViolationException;

/**
 * The course plan's workflow (DESIGN §2, HD 59 III.3): who may do what to which course, in which
 * status. The transaction boundary and the place where authorization by organization unit is
 * decided; the {@link Course} aggregate guards its own state.
 */
@Service
public class CourseService {

	static final String AUDIT_TYPE = "Course";

	private final CourseRepository courses;

	private final CurriculumService curriculum;

	private final OrgUnitService units;

	private final CurrentUser currentUser;

	private final UserDirectory directory;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	private final Clock clock;

	CourseService(CourseRepository courses, CurriculumService curriculum, OrgUnitService units, CurrentUser currentUser,
			UserDirectory directory, AuditLog audit, ApplicationEventPublisher events, EntityManager entityManager,
			Clock clock) {
		this.courses = courses;
		this.curriculum = curriculum;
		this.units = units;
		this.currentUser = currentUser;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	// ---- reading --------------------------------------------------------------------------------

	/** The courses of the districts the user may see, filtered and paged, newest first. */
	@Transactional(readOnly = true)
	public PageView<CourseSummary> search(CourseFilter filter, int page, int size) {
		Set<Long> visible = this.currentUser.visibleUnitIds();
		Specification<Course> spec = (root, q, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(root.get("organizingUnitId").in(visible.isEmpty() ? Set.of(-1L) : visible));
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.year() != null && (filter.year() < 1 || filter.year() > 9999)) {
				where.add(cb.disjunction()); // a year no plan has (nor LocalDate or PostgreSQL may hold): no course
			}
			else if (filter.year() != null) {
				where.add(cb.between(root.get("plannedOpening"), LocalDate.of(filter.year(), 1, 1),
						LocalDate.of(filter.year(), 12, 31)));
			}
			if (filter.districtId() != null) {
				where.add(cb.equal(root.get("organizingUnitId"), filter.districtId()));
			}
			if (StringUtils.hasText(filter.text())) {
				where.add(cb.like(cb.lower(root.get("name")), "%" + filter.text().trim().toLowerCase() + "%"));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		var result = this.courses.findAll(spec, PageView.request(page, size,
				Sort.by(Sort.Order.desc("plannedOpening"), Sort.Order.desc("id"))));
		Map<Long, String> names = unitNames(result.getContent().stream().map(Course::getOrganizingUnitId).toList());
		return PageView.of(result, c -> summary(c, names));
	}

	/** The district committees whose courses the user may see (the list's district filter). */
	@Transactional(readOnly = true)
	public List<OrgUnitView> visibleDistricts() {
		return this.currentUser.visibleUnitsOfKind(OrgUnitKind.DISTRICT_COMMITTEE);
	}

	/** The district committees where the user drafts plans (as district propaganda staff). */
	@Transactional(readOnly = true)
	public List<OrgUnitView> districtsWhereUserPlans() {
		return this.currentUser.scopesWith(Role.DISTRICT_PROPAGANDA)
			.stream()
			.filter(u -> u.kind() == OrgUnitKind.DISTRICT_COMMITTEE)
			.toList();
	}

	/** The open political centres of the given districts. */
	@Transactional(readOnly = true)
	public List<OrgUnitView> politicalCentresOf(Collection<OrgUnitView> districts) {
		List<OrgUnitView> centres = new ArrayList<>();
		districts.forEach(d -> centres.addAll(this.units.openUnitsOfKindWithin(d.id(), OrgUnitKind.POLITICAL_CENTRE)));
		return centres;
	}

	/** The elective topics a course of the district may choose. */
	@Transactional(readOnly = true)
	public List<ElectiveTopicView> electiveTopicsFor(Long districtId) {
		return this.curriculum.electiveTopicsAvailableTo(this.curriculum.currentProgram().id(), districtId);
	}

	/** The course page: plan, timetable, coverage, opinions, timeline and what the user may do now. */
	@Transactional(readOnly = true)
	public CoursePage page(Long id) {
		Course course = loadVisible(id);
		CourseNames names = names(course);
		List<ClassSessionView> sessions = course.getSessions().stream().map(s -> s.toView(names)).toList();
		Map<Integer, List<ConcurrenceView>> byRound = new TreeMap<>(java.util.Comparator.reverseOrder());
		course.getConcurrences().forEach(c -> byRound.computeIfAbsent(c.getRound(), r -> new ArrayList<>()).add(c.toView()));
		List<CoursePage.ReviewRound> rounds = byRound.entrySet()
			.stream()
			.map(e -> new CoursePage.ReviewRound(e.getKey(), e.getValue()))
			.toList();
		return new CoursePage(course.toView(names), sessions, weeks(sessions),
				coverage(names.lessons().values(), sessions), rounds,
				course.getSteps().stream().map(CourseStep::toView).toList(), allowedActions(course));
	}

	@Transactional(readOnly = true)
	public CourseView get(Long id) {
		Course course = loadVisible(id);
		return course.toView(names(course));
	}

	/** The lessons, chosen topics and lecturers a session of the course may name. */
	@Transactional(readOnly = true)
	public SessionOptions sessionOptions(Long courseId) {
		Course course = loadVisible(courseId);
		CourseNames names = names(course);
		List<CourseView.TopicRef> topics = course.getElectiveTopicIds()
			.stream()
			.map(t -> new CourseView.TopicRef(t, names.topicTitle(t)))
			.toList();
		return new SessionOptions(List.copyOf(names.lessons().values()), topics,
				this.directory.holdersOf(Role.LECTURER, course.getPoliticalCentreUnitId()));
	}

	/** What a session form offers. */
	public record SessionOptions(List<LessonView> lessons, List<CourseView.TopicRef> topics,
			List<UserDirectory.Person> lecturers) {
	}

	@Transactional(readOnly = true)
	public ClassSessionView session(Long courseId, Long sessionId) {
		Course course = loadVisible(courseId);
		return course.session(sessionId).toView(names(course));
	}

	// ---- the plan and the timetable -------------------------------------------------------------

	@Transactional
	public CourseView create(Long organizingUnitId, PlanDetails plan) {
		OrgUnitView district = this.units.find(organizingUnitId)
			.filter(u -> u.kind() == OrgUnitKind.DISTRICT_COMMITTEE)
			.orElseThrow(() -> new AccessDeniedException("not a district committee: " + organizingUnitId));
		if (!this.currentUser.hasRoleOver(Role.DISTRICT_PROPAGANDA, district.id())) {
			throw new AccessDeniedException("not district propaganda staff of " + organizingUnitId);
		}
		checkPlan(district.id(), plan);
		Long programId = this.curriculum.currentProgram().id();
		Course course = this.courses.saveAndFlush(Course.draft(programId, district.id(), plan, actor(), now()));
		this.audit.record("COURSE_CREATED", AUDIT_TYPE, course.getId(), null, course.snapshot());
		return course.toView(names(course));
	}

	@Transactional
	public CourseView editPlan(Long id, long expectedVersion, PlanDetails plan) {
		Course course = loadFor(id, Role.DISTRICT_PROPAGANDA);
		requireVersion(course, expectedVersion);
		Map<String, Object> before = course.snapshot();
		checkPlan(course.getOrganizingUnitId(), plan);
		checkLecturersTeachAt(course, plan.politicalCentreUnitId());
		course.editPlan(plan, now());
		this.courses.flush();
		this.audit.record("COURSE_PLAN_EDITED", AUDIT_TYPE, id, before, course.snapshot());
		return course.toView(names(course));
	}

	@Transactional
	public ClassSessionView addSession(Long courseId, SessionDetails details) {
		Course course = loadFor(courseId, Role.DISTRICT_PROPAGANDA);
		checkSession(course, details, -1L);
		ClassSession session = course.addSession(details, now());
		this.courses.flush();
		ClassSessionView view = session.toView(names(course));
		this.audit.record("COURSE_SESSION_ADDED", AUDIT_TYPE, courseId, null, view);
		return view;
	}

	@Transactional
	public ClassSessionView editSession(Long courseId, Long sessionId, long expectedVersion, SessionDetails details) {
		Course course = loadFor(courseId, Role.DISTRICT_PROPAGANDA);
		requireVersion(course, expectedVersion);
		CourseNames names = names(course);
		ClassSessionView before = course.session(sessionId).toView(names);
		checkSession(course, details, sessionId);
		ClassSession session = course.editSession(sessionId, details, now());
		this.courses.flush();
		ClassSessionView after = session.toView(names(course));
		this.audit.record("COURSE_SESSION_EDITED", AUDIT_TYPE, courseId, before, after);
		return after;
	}

	@Transactional
	public void removeSession(Long courseId, Long sessionId) {
		Course course = loadFor(courseId, Role.DISTRICT_PROPAGANDA);
		ClassSessionView before = course.session(sessionId).toView(names(course));
		course.removeSession(sessionId, now());
		this.courses.flush();
		this.audit.record("COURSE_SESSION_REMOVED", AUDIT_TYPE, courseId, before, null);
	}

	// ---- the workflow ---------------------------------------------------------------------------

	@Transactional
	public void submitForReview(Long id, String comment) {
		Course course = loadFor(id, Role.DISTRICT_PROPAGANDA);
		Map<String, Object> before = course.snapshot();
		Map<Long, String> lessons = new LinkedHashMap<>();
		this.curriculum.lessons(course.getProgramId())
			.forEach(l -> lessons.put(l.id(), "Bài " + l.number() + ". " + l.title()));
		course.submitForReview(lessons, actor(), comment, now());
		this.courses.flush();
		this.audit.record("COURSE_PLAN_SUBMITTED", AUDIT_TYPE, id, before, course.snapshot());
		this.events.publishEvent(new CoursePlanSubmitted(id, course.getOrganizingUnitId(), course.getReviewRound()));
	}

	/**
	 * Records the opinion of the body the user speaks for; {@code body} may be null when the user speaks
	 * for only one of them.
	 */
	@Transactional
	public void recordConcurrence(Long id, ConcurrenceBody body, Verdict verdict, String comment) {
		// the two bodies often answer within seconds: the second waits and counts with the first's opinion
		Course course = this.courses.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("Course", id));
		this.currentUser.requireVisible(course.getOrganizingUnitId());
		ConcurrenceBody speaking = bodyOf(course, body);
		Map<String, Object> before = course.snapshot();
		course.recordConcurrence(speaking, verdict, comment, actor(), now());
		this.courses.flush();
		this.audit.record(verdict == Verdict.CONCUR ? "COURSE_PLAN_CONCURRED" : "COURSE_PLAN_CHANGES_REQUESTED",
				AUDIT_TYPE, id, before, course.snapshot());
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
		Course course = loadFor(id, Role.DISTRICT_COMMITTEE);
		Map<String, Object> before = course.snapshot();
		if (course.getStatus() != CourseStatus.AWAITING_DECISION) {
			throw new CourseNotAwaitingDecisionException(course.getName(), course.getStatus());
		}
		OpeningDecision decision = new OpeningDecision(decisionNumber, decisionDate, signerName, signerTitle);
		course.approve(decision, actor(), now());
		this.courses.flush();
		this.audit.record("COURSE_PLAN_APPROVED", AUDIT_TYPE, id, before, course.snapshot());
		this.events.publishEvent(new CoursePlanApproved(id, course.getOrganizingUnitId(), decision.toView()));
	}

	@Transactional
	public void reject(Long id, String reason) {
		Course course = loadFor(id, Role.DISTRICT_COMMITTEE);
		Map<String, Object> before = course.snapshot();
		course.reject(reason, actor(), now());
		this.courses.flush();
		this.audit.record("COURSE_PLAN_REJECTED", AUDIT_TYPE, id, before, course.snapshot());
		this.events.publishEvent(new CoursePlanRejected(id, course.getOrganizingUnitId(), reason.trim()));
	}

	@Transactional
	public void cancel(Long id, String reason) {
		Course course = loadFor(id, Role.DISTRICT_PROPAGANDA, Role.DISTRICT_COMMITTEE);
		Map<String, Object> before = course.snapshot();
		CourseStatus previous = course.getStatus();
		course.cancel(reason, actor(), now());
		this.courses.flush();
		this.audit.record("COURSE_CANCELLED", AUDIT_TYPE, id, before, course.snapshot());
		this.events.publishEvent(new CourseCancelled(id, course.getOrganizingUnitId(), previous, reason.trim()));
	}

	// ---- who may do what now --------------------------------------------------------------------

	/** The buttons the signed-in user may use on this course in its present status. */
	Set<CourseAction> allowedActions(Course course) {
		Set<CourseAction> actions = EnumSet.noneOf(CourseAction.class);
		Long unit = course.getOrganizingUnitId();
		boolean propaganda = this.currentUser.hasRoleOver(Role.DISTRICT_PROPAGANDA, unit);
		boolean committee = this.currentUser.hasRoleOver(Role.DISTRICT_COMMITTEE, unit);
		switch (course.getStatus()) {
			case DRAFT -> {
				if (propaganda) {
					actions.add(CourseAction.EDIT);
					actions.add(CourseAction.SUBMIT);
				}
			}
			case UNDER_REVIEW -> {
				for (ConcurrenceBody body : ConcurrenceBody.values()) {
					if (this.currentUser.hasRoleOver(body.role(), unit)
							&& course.opinionOf(body, course.getReviewRound()).isEmpty()) {
						actions.add(CourseAction.opinionAs(body));
					}
				}
			}
			case AWAITING_DECISION -> {
				if (committee) {
					actions.add(CourseAction.APPROVE);
					actions.add(CourseAction.REJECT);
				}
			}
			default -> {
			}
		}
		if (course.getStatus().isCancellable() && (propaganda || committee)) {
			actions.add(CourseAction.CANCEL);
		}
		return actions;
	}

	private ConcurrenceBody bodyOf(Course course, ConcurrenceBody requested) {
		List<ConcurrenceBody> held = new ArrayList<>();
		for (ConcurrenceBody b : ConcurrenceBody.values()) {
			if (this.currentUser.hasRoleOver(b.role(), course.getOrganizingUnitId())) {
				held.add(b);
			}
		}
		if (requested != null) {
			if (!held.contains(requested)) {
				throw new AccessDeniedException("does not speak for " + requested);
			}
			return requested;
		}
		if (held.isEmpty()) {
			throw new AccessDeniedException("speaks for neither the organization board nor the office");
		}
		return held.get(0);
	}

	// ---- rules that need other records ----------------------------------------------------------

	private void checkPlan(Long districtId, PlanDetails plan) {
		boolean centreOfDistrict = this.units.openUnitsOfKindWithin(districtId, OrgUnitKind.POLITICAL_CENTRE)
			.stream()
			.anyMatch(c -> c.id().equals(plan.politicalCentreUnitId()));
		if (!centreOfDistrict) {
			throw RuleViolationException.onField("politicalCentreUnitId", "course.error.centreNotOfDistrict");
		}
		if (!plan.electiveTopicIds().isEmpty()) {
			Set<Long> available = new HashSet<>();
			electiveTopicsFor(districtId).forEach(t -> available.add(t.id()));
			for (Long topicId : plan.electiveTopicIds()) {
				if (!available.contains(topicId)) {
					throw RuleViolationException.onField("electiveTopicIds", "course.error.topicNotAvailable");
				}
			}
		}
	}

	/** A plan moved to another political centre keeps only sessions whose lecturer teaches there. */
	private void checkLecturersTeachAt(Course course, Long centreId) {
		if (centreId == null || centreId.equals(course.getPoliticalCentreUnitId())) {
			return;
		}
		Set<Long> lecturers = new HashSet<>();
		this.directory.holdersOf(Role.LECTURER, centreId).forEach(p -> lecturers.add(p.id()));
		for (ClassSession session : course.getSessions()) {
			if (session.getLecturerUserId() != null && !lecturers.contains(session.getLecturerUserId())) {
				throw RuleViolationException.onField("politicalCentreUnitId", "course.error.lecturerNotOfNewCentre",
						session.label(), names(course).userName(session.getLecturerUserId()));
			}
		}
	}

	/**
	 * The lesson and its requirements belong to the course's program; the lecturer teaches at the
	 * course's political centre and is never in two sessions at once, across all courses not cancelled.
	 */
	private void checkSession(Course course, SessionDetails d, Long excludeSessionId) {
		var label = ClassSession.label(d.date(), d.partOfDay(), d.effectiveStart(), d.effectiveEnd());
		if (d.lessonId() != null) {
			LessonView lesson = this.curriculum.lessons(course.getProgramId())
				.stream()
				.filter(l -> l.id().equals(d.lessonId()))
				.findFirst()
				.orElseThrow(() -> RuleViolationException.onField("lessonId", "course.error.lessonUnknown", label));
			Set<Long> ids = new HashSet<>();
			lesson.requirements().forEach(r -> ids.add(r.id()));
			if (!ids.containsAll(d.requirementIds())) {
				throw RuleViolationException.onField("requirementIds", "course.error.requirementNotOfLesson", label,
						"Bài " + lesson.number());
			}
		}
		if (d.lecturerUserId() != null) {
			UserDirectory.Person lecturer = this.directory.holdersOf(Role.LECTURER, course.getPoliticalCentreUnitId())
				.stream()
				.filter(p -> p.id().equals(d.lecturerUserId()))
				.findFirst()
				.orElseThrow(() -> RuleViolationException.onField("lecturerUserId", "course.error.notALecturerOfCentre",
						label));
			if (d.date() != null && d.effectiveStart() != null && d.effectiveEnd() != null) {
				// one lecturer's bookings are checked one at a time, even from two courses at once
				this.entityManager.createNativeQuery("select pg_advisory_xact_lock(4242, cast(:id as integer))")
					.setParameter("id", lecturer.id())
					.getSingleResult();
				List<ClassSession> clashes = this.courses.lecturerSessionsOverlapping(lecturer.id(), d.date(),
						d.effectiveStart(), d.effectiveEnd(), excludeSessionId);
				if (!clashes.isEmpty()) {
					ClassSession other = clashes.get(0);
					throw RuleViolationException.onField("lecturerUserId", "course.error.lecturerDoubleBooked",
							lecturer.fullName(), label, other.label(), other.getCourse().getName());
				}
			}
		}
	}

	// ---- helpers --------------------------------------------------------------------------------

	private Course load(Long id) {
		return this.courses.findById(id).orElseThrow(() -> new NotFoundException("Course", id));
	}

	/** 404 when unknown, 403 when in a district the user may not see. */
	private Course loadVisible(Long id) {
		Course course = load(id);
		this.currentUser.requireVisible(course.getOrganizingUnitId());
		return course;
	}

	/** As {@link #loadVisible}, and 403 unless the user holds one of the roles over the course's district. */
	private Course loadFor(Long id, Role... roles) {
		Course course = loadVisible(id);
		for (Role role : roles) {
			if (this.currentUser.hasRoleOver(role, course.getOrganizingUnitId())) {
				return course;
			}
		}
		throw new AccessDeniedException("no role " + List.of(roles) + " over course " + id);
	}

	private static void requireVersion(Course course, long expectedVersion) {
		if (course.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Course.class, course.getId());
		}
	}

	private CourseNames names(Course course) {
		Map<Long, LessonView> lessons = new LinkedHashMap<>();
		Map<Long, Integer> positions = new HashMap<>();
		for (LessonView lesson : this.curriculum.lessons(course.getProgramId())) {
			lessons.put(lesson.id(), lesson);
			for (LearningRequirementView r : lesson.requirements()) {
				positions.put(r.id(), r.position());
			}
		}
		Map<Long, String> topics = new HashMap<>();
		List<Long> provinces = this.units.ancestorsAndSelf(course.getOrganizingUnitId())
			.stream()
			.filter(u -> u.kind() == OrgUnitKind.PROVINCE)
			.map(OrgUnitView::id)
			.toList();
		this.curriculum.electiveTopics(course.getProgramId(), provinces).forEach(t -> topics.put(t.id(), t.title()));
		Set<Long> userIds = new LinkedHashSet<>();
		if (course.getCreatedBy() != null) {
			userIds.add(course.getCreatedBy());
		}
		course.getSessions().forEach(s -> {
			if (s.getLecturerUserId() != null) {
				userIds.add(s.getLecturerUserId());
			}
		});
		return new CourseNames(lessons, positions, topics, this.directory.namesOf(userIds),
				unitNames(List.of(course.getOrganizingUnitId(), course.getPoliticalCentreUnitId())));
	}

	private Map<Long, String> unitNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.units.findAll(new LinkedHashSet<>(ids)).forEach(u -> names.put(u.id(), u.name()));
		}
		return names;
	}

	private static CourseSummary summary(Course c, Map<Long, String> unitNames) {
		return new CourseSummary(c.getId(), c.getName(), c.getOrganizingUnitId(), unitNames.get(c.getOrganizingUnitId()),
				c.getStatus(), c.getReviewRound(), c.getPlannedOpening(), c.getPlannedClosing(), c.getExpectedLearners());
	}

	private static List<CoursePage.TimetableWeek> weeks(List<ClassSessionView> sessions) {
		Map<LocalDate, Map<LocalDate, List<ClassSessionView>>> byWeek = new TreeMap<>();
		for (ClassSessionView s : sessions) {
			LocalDate monday = s.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			byWeek.computeIfAbsent(monday, m -> new TreeMap<>()).computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s);
		}
		List<CoursePage.TimetableWeek> weeks = new ArrayList<>();
		int number = 1;
		for (var week : byWeek.entrySet()) {
			List<CoursePage.TimetableDay> days = new ArrayList<>();
			for (var day : week.getValue().entrySet()) {
				days.add(new CoursePage.TimetableDay(day.getKey(), of(day.getValue(), PartOfDay.MORNING),
						of(day.getValue(), PartOfDay.AFTERNOON), of(day.getValue(), PartOfDay.EVENING)));
			}
			weeks.add(new CoursePage.TimetableWeek(number++, week.getKey(), week.getKey().plusDays(6), days));
		}
		return weeks;
	}

	private static List<ClassSessionView> of(List<ClassSessionView> sessions, PartOfDay part) {
		return sessions.stream().filter(s -> s.shownIn() == part).toList();
	}

	private static List<CoursePage.LessonCoverage> coverage(Collection<LessonView> lessons,
			List<ClassSessionView> sessions) {
		List<CoursePage.LessonCoverage> result = new ArrayList<>();
		for (LessonView lesson : lessons) {
			List<ClassSessionView> of = sessions.stream().filter(s -> lesson.id().equals(s.lessonId())).toList();
			boolean whole = of.stream().anyMatch(ClassSessionView::coversWholeLesson);
			Set<Long> covered = new HashSet<>();
			of.forEach(s -> covered.addAll(s.requirementIds()));
			result.add(new CoursePage.LessonCoverage(lesson, !of.isEmpty(),
					lesson.requirements()
						.stream()
						.map(r -> new CoursePage.RequirementCoverage(r.id(), r.position(), r.text(),
								whole || covered.contains(r.id())))
						.toList(),
					of));
		}
		return result;
	}

	private Actor actor() {
		AccountPrincipal principal = this.currentUser.get();
		return new Actor(principal.getId(), principal.getFullName());
	}

	private java.time.Instant now() {
		return this.clock.instant();
	}

}
