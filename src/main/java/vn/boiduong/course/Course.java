package vn.boiduong.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.boiduong.shared.NotFoundException;
import vn.boiduong.shared.RuleViolationException;

/**
 * Lớp bồi dưỡng: one run of the program for one group of learners, from its plan to its report. The
 * aggregate guards its own state changes (DESIGN §2); rules that need other records (a lecturer's
 * other courses, the program's lessons) are checked by the service and handed in.
 */
@Entity
@Table(name = "course")
class Course {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The program version the course was planned with; it keeps it when a new guidance comes. */
	private Long programId;

	/** The district committee that organizes the course. */
	private Long organizingUnitId;

	private Long politicalCentreUnitId;

	private String name;

	private LocalDate plannedOpening;

	private LocalDate plannedClosing;

	private String venue;

	@Enumerated(EnumType.STRING)
	private CourseMode mode;

	@Enumerated(EnumType.STRING)
	private Delivery delivery;

	private int expectedLearners;

	@Convert(converter = Converters.LearnerKinds.class)
	private Set<LearnerKind> targetedLearnerKinds = EnumSet.noneOf(LearnerKind.class);

	/** The chosen elective topics, in the order chosen (course_elective_topic, V12). */
	@ElementCollection
	@CollectionTable(name = "course_elective_topic", joinColumns = @JoinColumn(name = "course_id"))
	@OrderColumn(name = "position")
	@Column(name = "elective_topic_id")
	private List<Long> electiveTopicIds = new ArrayList<>();

	private String purposeAndRequirements;

	private String fundingNotes;

	private String logisticsNotes;

	/** Who signs the printed plan (V76); null: the planning body's head, as its document profile says. */
	private String signerName;

	/** Whether the signer signs for the head of the planning body, as a deputy (K/T). */
	private boolean signsAsDeputy;

	@Enumerated(EnumType.STRING)
	private CourseStatus status;

	/** 0 while never submitted; each submission opens the next round of opinions. */
	private int reviewRound;

	@Embedded
	private OpeningDecision decision;

	private String cancellationReason;

	/** The day the class opened (khai giảng) and closed (bế giảng), issue 9. */
	private LocalDate openedOn;

	private LocalDate closedOn;

	private Long createdBy;

	private Instant createdAt;

	/** Touched by every change, so that a timetable change also moves the version. */
	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("date, startTime, id")
	private List<ClassSession> sessions = new ArrayList<>();

	/**
	 * The units whose opinion the plan needs, in order: its committee's concurring bodies on the day it was
	 * last submitted (course_concurring_body, V71).
	 */
	@ElementCollection
	@CollectionTable(name = "course_concurring_body", joinColumns = @JoinColumn(name = "course_id"))
	@OrderColumn(name = "position")
	@Column(name = "unit_id")
	private List<Long> concurringBodyUnitIds = new ArrayList<>();

	@OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("round, id")
	private List<Concurrence> concurrences = new ArrayList<>();

	@OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("occurredAt, id")
	private List<CourseStep> steps = new ArrayList<>();

	protected Course() {
	}

	private Course(Long programId, Long organizingUnitId, Actor creator, Instant now) {
		this.programId = programId;
		this.organizingUnitId = organizingUnitId;
		this.status = CourseStatus.DRAFT;
		this.createdBy = creator.userId();
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A new plan, in DRAFT, organized by the given district committee. */
	static Course draft(Long programId, Long organizingUnitId, PlanDetails plan, Actor creator, Instant now) {
		Course course = new Course(programId, organizingUnitId, creator, now);
		course.applyPlan(plan);
		course.steps.add(new CourseStep(course, StepAction.CREATED, 0, creator, null, now));
		return course;
	}

	// ---- the plan and the timetable: only in DRAFT --------------------------------------------

	void editPlan(PlanDetails plan, Instant now) {
		requireDraft();
		for (ClassSession session : this.sessions) {
			if (session.getElectiveTopicId() != null && !plan.electiveTopicIds().contains(session.getElectiveTopicId())) {
				throw RuleViolationException.onField("electiveTopicIds", "course.error.topicStillTaught", session.label());
			}
		}
		this.applyPlan(plan);
		for (ClassSession session : this.sessions) {
			requireWithinDates(session.getDate(), session.label());
		}
		this.updatedAt = now;
	}

	private void applyPlan(PlanDetails plan) {
		if (plan.plannedOpening() != null && plan.plannedClosing() != null
				&& plan.plannedClosing().isBefore(plan.plannedOpening())) {
			throw RuleViolationException.onField("plannedClosing", "course.error.closingBeforeOpening");
		}
		this.name = plan.name().trim();
		this.politicalCentreUnitId = plan.politicalCentreUnitId();
		this.plannedOpening = plan.plannedOpening();
		this.plannedClosing = plan.plannedClosing();
		this.venue = blankToNull(plan.venue());
		this.mode = plan.mode();
		this.delivery = plan.delivery();
		this.expectedLearners = plan.expectedLearners();
		this.targetedLearnerKinds = plan.targetedLearnerKinds().isEmpty() ? EnumSet.noneOf(LearnerKind.class)
				: EnumSet.copyOf(plan.targetedLearnerKinds());
		this.electiveTopicIds.clear();
		this.electiveTopicIds.addAll(plan.electiveTopicIds());
		this.purposeAndRequirements = blankToNull(plan.purposeAndRequirements());
		this.fundingNotes = blankToNull(plan.fundingNotes());
		this.logisticsNotes = blankToNull(plan.logisticsNotes());
		this.signerName = blankToNull(plan.signerName());
		this.signsAsDeputy = plan.signsAsDeputy();
	}

	ClassSession addSession(SessionDetails details, Instant now) {
		requireDraft();
		checkSession(details);
		ClassSession session = new ClassSession(this, details);
		this.sessions.add(session);
		this.updatedAt = now;
		return session;
	}

	ClassSession editSession(Long sessionId, SessionDetails details, Instant now) {
		requireDraft();
		ClassSession session = session(sessionId);
		checkSession(details);
		session.apply(details);
		this.updatedAt = now;
		return session;
	}

	ClassSession removeSession(Long sessionId, Instant now) {
		requireDraft();
		ClassSession session = session(sessionId);
		this.sessions.remove(session);
		this.updatedAt = now;
		return session;
	}

	/**
	 * After approval the teaching institution changes a session's time, place or teacher, with a reason kept
	 * in the timeline (DESIGN §2); what the session covers stays as approved.
	 */
	ClassSession changeSession(Long sessionId, SessionDetails details, String reason, Actor actor, Instant now) {
		if (this.status != CourseStatus.APPROVED && this.status != CourseStatus.IN_PROGRESS) {
			throw new CourseActionNotOfferedException(this.name, this.status);
		}
		requireReason(reason);
		ClassSession session = session(sessionId);
		checkSession(details);
		String was = session.labelText();
		session.apply(details);
		step(StepAction.SESSION_CHANGED, actor, was + " → " + session.labelText() + ": " + reason.trim(), now);
		return session;
	}

	ClassSession session(Long sessionId) {
		return this.sessions.stream()
			.filter(s -> s.getId().equals(sessionId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("ClassSession", sessionId));
	}

	/** The rules a session must keep that the course alone can check. */
	private void checkSession(SessionDetails d) {
		var label = ClassSession.label(d.date(), d.partOfDay(), d.effectiveStart(), d.effectiveEnd());
		if (d.partOfDay() == null && (d.startTime() == null || d.endTime() == null)) {
			throw RuleViolationException.onField("partOfDay", "course.error.sessionTimeRequired", label);
		}
		if (d.partOfDay() == null && !d.endTime().isAfter(d.startTime())) {
			throw RuleViolationException.onField("endTime", "course.error.sessionEndBeforeStart", label);
		}
		requireWithinDates(d.date(), label);
		if (d.electiveTopicId() != null && !this.electiveTopicIds.contains(d.electiveTopicId())) {
			throw RuleViolationException.onField("electiveTopicId", "course.error.topicNotChosen", label);
		}
		if (d.lessonId() == null && d.electiveTopicId() == null && (d.topicText() == null || d.topicText().isBlank())
				&& d.kind() != SessionKind.OPENING && d.kind() != SessionKind.CLOSING) {
			throw RuleViolationException.onField("lessonId", "course.error.sessionCoversNothing", label);
		}
	}

	private void requireWithinDates(LocalDate date, Object label) {
		if (date == null || date.isBefore(this.plannedOpening) || date.isAfter(this.plannedClosing)) {
			throw RuleViolationException.onField("date", "course.error.sessionOutsideDates", label,
					ClassSession.DATE.format(this.plannedOpening), ClassSession.DATE.format(this.plannedClosing));
		}
	}

	// ---- the workflow ---------------------------------------------------------------------------

	/**
	 * Sends the plan for opinions. Every compulsory lesson must have at least one session, taught or
	 * self-study; {@code compulsoryLessons} maps each lesson's id to the name the message uses.
	 */
	void submitForReview(Map<Long, String> compulsoryLessons, List<Long> concurringBodies, Actor actor, String comment,
			Instant now) {
		requireDraft();
		if (concurringBodies.isEmpty()) {
			throw new RuleViolationException("course.error.noConcurringBody");
		}
		Set<Long> covered = this.sessions.stream()
			.map(ClassSession::getLessonId)
			.filter(id -> id != null)
			.collect(Collectors.toSet());
		List<String> missing = compulsoryLessons.entrySet()
			.stream()
			.filter(e -> !covered.contains(e.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		if (!missing.isEmpty()) {
			throw new LessonsNotCoveredException(String.join("; ", missing));
		}
		this.concurringBodyUnitIds.clear();
		this.concurringBodyUnitIds.addAll(concurringBodies);
		this.reviewRound++;
		this.status = CourseStatus.UNDER_REVIEW;
		step(StepAction.SUBMITTED, actor, comment, now);
	}

	/**
	 * Records one body's opinion in the current round. A request for changes sends the plan back to
	 * DRAFT with the comments kept; when every concurring body concurs the plan waits for the committee.
	 * {@code bodyName} names the body in the message refusing a second opinion.
	 */
	void recordConcurrence(Long body, String bodyName, Verdict verdict, String comment, Actor actor, Instant now) {
		if (opinionOf(body, this.reviewRound).isPresent()) {
			throw new OpinionAlreadyGivenException(bodyName, this.reviewRound);
		}
		if (this.status != CourseStatus.UNDER_REVIEW) {
			throw new CourseNotUnderReviewException(this.name, this.status);
		}
		if (!this.concurringBodyUnitIds.contains(body)) {
			throw new IllegalArgumentException("unit " + body + " is not a concurring body of course " + this.id);
		}
		if (verdict == Verdict.REQUEST_CHANGES && (comment == null || comment.isBlank())) {
			throw RuleViolationException.onField("comment", "course.error.commentRequired");
		}
		this.concurrences.add(new Concurrence(this, this.reviewRound, body, verdict, blankToNull(comment), actor, now));
		if (verdict == Verdict.REQUEST_CHANGES) {
			this.status = CourseStatus.DRAFT;
			step(StepAction.CHANGES_REQUESTED, actor, comment, now);
		}
		else {
			step(StepAction.CONCURRED, actor, comment, now);
			boolean all = this.concurringBodyUnitIds.stream()
				.allMatch(b -> opinionOf(b, this.reviewRound).map(c -> c.getVerdict() == Verdict.CONCUR).orElse(false));
			if (all) {
				this.status = CourseStatus.AWAITING_DECISION;
			}
		}
	}

	Optional<Concurrence> opinionOf(Long body, int round) {
		return this.concurrences.stream()
			.filter(c -> c.getRound() == round && c.getBodyUnitId().equals(body))
			.findFirst();
	}

	void approve(OpeningDecision decision, Actor actor, Instant now) {
		if (this.status != CourseStatus.AWAITING_DECISION) {
			throw new CourseNotAwaitingDecisionException(this.name, this.status);
		}
		this.decision = decision;
		this.status = CourseStatus.APPROVED;
		step(StepAction.APPROVED, actor, null, now);
	}

	void reject(String reason, Actor actor, Instant now) {
		if (this.status != CourseStatus.AWAITING_DECISION) {
			throw new CourseNotAwaitingDecisionException(this.name, this.status);
		}
		requireReason(reason);
		this.status = CourseStatus.DRAFT;
		step(StepAction.REJECTED, actor, reason.trim(), now);
	}

	void cancel(String reason, Actor actor, Instant now) {
		if (!this.status.isCancellable()) {
			throw new CourseNotCancellableException(this.name, this.status);
		}
		requireReason(reason);
		this.cancellationReason = reason.trim();
		this.status = CourseStatus.CANCELLED;
		step(StepAction.CANCELLED, actor, reason.trim(), now);
	}

	/**
	 * Opens the class (khai giảng, DESIGN §2): an approved course with a timetable and a confirmed roster of
	 * at least one learner.
	 */
	void open(int confirmedLearners, LocalDate today, Actor actor, Instant now) {
		if (this.status != CourseStatus.APPROVED) {
			throw new ClassNotOpenableException(this.name, this.status);
		}
		if (this.sessions.isEmpty()) {
			throw new RuleViolationException("course.error.openWithoutTimetable", this.name);
		}
		if (confirmedLearners < 1) {
			throw new RuleViolationException("course.error.openWithoutRoster", this.name);
		}
		this.openedOn = today;
		this.status = CourseStatus.IN_PROGRESS;
		step(StepAction.OPENED, actor, null, now);
	}

	/**
	 * Closes the class (bế giảng, DESIGN §2): only when every session that has taken place by today, other
	 * than self-study, has its attendance taken; {@code taken} are the sessions whose sheet is taken.
	 */
	void close(Set<Long> taken, LocalDate today, Actor actor, Instant now) {
		if (this.status != CourseStatus.IN_PROGRESS) {
			throw new ClassNotClosableException(this.name, this.status);
		}
		List<String> missing = this.sessions.stream()
			.filter(s -> s.needsAttendance() && !s.getDate().isAfter(today) && !taken.contains(s.getId()))
			.map(s -> ClassSession.DATE.format(s.getDate()) + " " + ClassSession.TIME.format(s.getStartTime()))
			.toList();
		if (!missing.isEmpty()) {
			throw new RuleViolationException("course.error.attendanceNotTaken", String.join("; ", missing));
		}
		this.closedOn = today;
		this.status = CourseStatus.CLOSED;
		step(StepAction.CLOSED, actor, null, now);
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "course.error.reasonRequired");
		}
	}

	private void step(StepAction action, Actor actor, String comment, Instant now) {
		this.steps.add(new CourseStep(this, action, this.reviewRound, actor, blankToNull(comment), now));
		this.updatedAt = now;
	}

	private void requireDraft() {
		if (this.status != CourseStatus.DRAFT) {
			throw new CourseNotInDraftException(this.name, this.status);
		}
	}

	/** The plan came back: it was submitted before and is a draft again. */
	boolean isReturned() {
		return this.status == CourseStatus.DRAFT && this.reviewRound > 0;
	}

	// ---- reading --------------------------------------------------------------------------------

	Long getId() {
		return this.id;
	}

	Long getProgramId() {
		return this.programId;
	}

	Long getOrganizingUnitId() {
		return this.organizingUnitId;
	}

	Long getPoliticalCentreUnitId() {
		return this.politicalCentreUnitId;
	}

	String getName() {
		return this.name;
	}

	LocalDate getPlannedOpening() {
		return this.plannedOpening;
	}

	LocalDate getPlannedClosing() {
		return this.plannedClosing;
	}

	CourseStatus getStatus() {
		return this.status;
	}

	int getReviewRound() {
		return this.reviewRound;
	}

	int getExpectedLearners() {
		return this.expectedLearners;
	}

	LocalDate getOpenedOn() {
		return this.openedOn;
	}

	LocalDate getClosedOn() {
		return this.closedOn;
	}

	long getVersion() {
		return this.version;
	}

	Long getCreatedBy() {
		return this.createdBy;
	}

	List<Long> getElectiveTopicIds() {
		return this.electiveTopicIds;
	}

	List<ClassSession> getSessions() {
		return this.sessions;
	}

	/** The units whose opinion the plan needs (those of its last submission). */
	List<Long> getConcurringBodyUnitIds() {
		return this.concurringBodyUnitIds;
	}

	List<Concurrence> getConcurrences() {
		return this.concurrences;
	}

	List<CourseStep> getSteps() {
		return this.steps;
	}

	CourseView toView(CourseNames names) {
		return new CourseView(this.id, this.programId, this.organizingUnitId, names.unitName(this.organizingUnitId),
				this.politicalCentreUnitId, names.unitName(this.politicalCentreUnitId), this.name,
				this.plannedOpening, this.plannedClosing, this.venue, this.mode, this.delivery, this.expectedLearners,
				this.targetedLearnerKinds.stream().sorted().toList(),
				this.electiveTopicIds.stream()
					.map(id -> new CourseView.TopicRef(id, names.topicTitle(id)))
					.toList(),
				this.purposeAndRequirements, this.fundingNotes, this.logisticsNotes, this.signerName, this.signsAsDeputy,
				this.status, this.reviewRound,
				this.decision == null ? null : this.decision.toView(), this.cancellationReason,
				names.userName(this.createdBy), this.createdAt, this.version);
	}

	/** What the audit log keeps of the plan before and after a change. */
	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("name", this.name);
		s.put("status", this.status);
		s.put("reviewRound", this.reviewRound);
		s.put("politicalCentreUnitId", this.politicalCentreUnitId);
		s.put("plannedOpening", this.plannedOpening);
		s.put("plannedClosing", this.plannedClosing);
		s.put("venue", this.venue);
		s.put("mode", this.mode);
		s.put("delivery", this.delivery);
		s.put("expectedLearners", this.expectedLearners);
		s.put("targetedLearnerKinds", this.targetedLearnerKinds.stream().sorted().toList());
		s.put("electiveTopicIds", List.copyOf(this.electiveTopicIds));
		s.put("purposeAndRequirements", this.purposeAndRequirements);
		s.put("fundingNotes", this.fundingNotes);
		s.put("logisticsNotes", this.logisticsNotes);
		s.put("signerName", this.signerName);
		s.put("signsAsDeputy", this.signsAsDeputy);
		s.put("decision", this.decision == null ? null : this.decision.toView());
		s.put("cancellationReason", this.cancellationReason);
		s.put("openedOn", this.openedOn);
		s.put("closedOn", this.closedOn);
		s.put("sessions", this.sessions.size());
		return s;
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

}
