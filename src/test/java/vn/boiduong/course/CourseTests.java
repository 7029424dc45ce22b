package vn.boiduong.course;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.boiduong.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules the Course aggregate keeps by itself (DESIGN §2). */
class CourseTests {

	/** The two concurring bodies of the district (units by id). */
	private static final Long ORGANIZATION_BOARD = 3L;

	private static final Long COMMITTEE_OFFICE = 4L;

	private static final List<Long> BODIES = List.of(ORGANIZATION_BOARD, COMMITTEE_OFFICE);


	static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");

	static final LocalDate OPENING = LocalDate.of(2026, 12, 7);

	static final Actor PROPAGANDA = new Actor(1L, "Lê Văn Tâm");

	static final Actor ORGANIZATION = new Actor(2L, "Phạm Thị Lan");

	static final Actor OFFICE = new Actor(3L, "Võ Minh Đức");

	static final Actor COMMITTEE = new Actor(4L, "Huỳnh Văn Thành");

	/** Three compulsory lessons, by id, with the names the messages use. */
	static final Map<Long, String> LESSONS = new LinkedHashMap<>(
			Map.of(11L, "Bài 1. Tổ chức cơ sở Đảng", 12L, "Bài 2. Công tác tư tưởng", 13L, "Bài 3. Công tác tổ chức"));

	static Course draft() {
		return Course.draft(1L, 10L, new PlanDetails("Lớp bồi dưỡng đợt 1", 20L, OPENING, OPENING.plusDays(4), "Hội trường",
				CourseMode.CONCENTRATED, Delivery.IN_PERSON, 50, Set.of(LearnerKind.BRANCH_SECRETARY), List.of(7L), null,
				null, null), PROPAGANDA, NOW);
	}

	static SessionDetails lesson(LocalDate date, PartOfDay part, Long lessonId) {
		return new SessionDetails(date, part, null, null, SessionKind.LECTURE, lessonId, List.of(), null, null,
				Delivery.IN_PERSON, null, null, null);
	}

	static Course draftCoveringAllLessons() {
		Course course = draft();
		course.addSession(lesson(OPENING, PartOfDay.MORNING, 11L), NOW);
		course.addSession(lesson(OPENING, PartOfDay.AFTERNOON, 12L), NOW);
		course.addSession(new SessionDetails(OPENING.plusDays(1), PartOfDay.EVENING, null, null, SessionKind.SELF_STUDY,
				13L, List.of(), null, null, Delivery.IN_PERSON, null, null, null), NOW);
		return course;
	}

	static Course underReview() {
		Course course = draftCoveringAllLessons();
		course.submitForReview(LESSONS, BODIES, PROPAGANDA, null, NOW);
		return course;
	}

	static Course awaitingDecision() {
		Course course = underReview();
		course.recordConcurrence(ORGANIZATION_BOARD, "Ban Tổ chức", Verdict.CONCUR, null, ORGANIZATION, NOW);
		course.recordConcurrence(COMMITTEE_OFFICE, "Văn phòng", Verdict.CONCUR, null, OFFICE, NOW);
		return course;
	}

	@Test
	void aNewPlanIsADraftWithItsCreationOnTheTimeline() {
		Course course = draft();
		assertThat(course.getStatus()).isEqualTo(CourseStatus.DRAFT);
		assertThat(course.getReviewRound()).isZero();
		assertThat(course.getSteps()).extracting(CourseStep::getAction).containsExactly(StepAction.CREATED);
	}

	@Test
	void rejectsSubmissionWhenALessonIsNotScheduledAndNamesIt() {
		Course course = draft();
		course.addSession(lesson(OPENING, PartOfDay.MORNING, 11L), NOW);
		assertThatThrownBy(() -> course.submitForReview(LESSONS, BODIES, PROPAGANDA, null, NOW))
			.isInstanceOf(LessonsNotCoveredException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).getArguments()[0].toString())
				.contains("Bài 2. Công tác tư tưởng")
				.contains("Bài 3. Công tác tổ chức")
				.doesNotContain("Bài 1"));
		assertThat(course.getStatus()).isEqualTo(CourseStatus.DRAFT);
		assertThat(course.getReviewRound()).isZero();
	}

	@Test
	void aSelfStudySessionCoversALessonForSubmission() {
		Course course = draftCoveringAllLessons();
		course.submitForReview(LESSONS, BODIES, PROPAGANDA, "Kính gửi", NOW);
		assertThat(course.getStatus()).isEqualTo(CourseStatus.UNDER_REVIEW);
		assertThat(course.getReviewRound()).isEqualTo(1);
	}

	@Test
	void refusesASessionOutsideTheCourseDates() {
		Course course = draft();
		assertThatThrownBy(() -> course.addSession(lesson(OPENING.minusDays(1), PartOfDay.MORNING, 11L), NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.getMessageKey()).isEqualTo("course.error.sessionOutsideDates");
				assertThat(ex.getField()).isEqualTo("date");
			});
		assertThat(course.getSessions()).isEmpty();
	}

	@Test
	void refusesToMoveTheDatesAwayFromAnExistingSession() {
		Course course = draftCoveringAllLessons();
		PlanDetails later = new PlanDetails("Lớp", 20L, OPENING.plusDays(1), OPENING.plusDays(5), null,
				CourseMode.CONCENTRATED, Delivery.IN_PERSON, 50, Set.of(), List.of(7L), null, null, null);
		assertThatThrownBy(() -> course.editPlan(later, NOW)).isInstanceOf(RuleViolationException.class)
			.hasMessage("course.error.sessionOutsideDates");
	}

	@Test
	void refusesASessionWithExplicitHoursEndingBeforeItStarts() {
		Course course = draft();
		SessionDetails backwards = new SessionDetails(OPENING, null, LocalTime.of(10, 0), LocalTime.of(9, 0),
				SessionKind.LECTURE, 11L, List.of(), null, null, Delivery.IN_PERSON, null, null, null);
		assertThatThrownBy(() -> course.addSession(backwards, NOW)).hasMessage("course.error.sessionEndBeforeStart");
	}

	@Test
	void refusesAnElectiveTopicTheCourseDidNotChoose() {
		Course course = draft();
		SessionDetails topic = new SessionDetails(OPENING, PartOfDay.MORNING, null, null, SessionKind.LECTURE, null,
				List.of(), 99L, null, Delivery.IN_PERSON, null, null, null);
		assertThatThrownBy(() -> course.addSession(topic, NOW)).hasMessage("course.error.topicNotChosen");
	}

	@Test
	void thePlanAndTimetableChangeOnlyInDraft() {
		Course course = underReview();
		assertThatThrownBy(() -> course.addSession(lesson(OPENING, PartOfDay.EVENING, 11L), NOW))
			.isInstanceOf(CourseNotInDraftException.class);
		assertThatThrownBy(() -> course.submitForReview(LESSONS, BODIES, PROPAGANDA, null, NOW))
			.isInstanceOf(CourseNotInDraftException.class);
		assertThat(course.getSessions()).hasSize(3);
	}

	@Test
	void oneConcurrenceKeepsThePlanUnderReviewAndBothSendItToTheCommittee() {
		Course course = underReview();
		course.recordConcurrence(ORGANIZATION_BOARD, "Ban Tổ chức", Verdict.CONCUR, "Thống nhất", ORGANIZATION, NOW);
		assertThat(course.getStatus()).isEqualTo(CourseStatus.UNDER_REVIEW);
		course.recordConcurrence(COMMITTEE_OFFICE, "Văn phòng", Verdict.CONCUR, null, OFFICE, NOW);
		assertThat(course.getStatus()).isEqualTo(CourseStatus.AWAITING_DECISION);
	}

	@Test
	void aRequestForChangesReturnsThePlanToDraftKeepingTheComment() {
		Course course = underReview();
		course.recordConcurrence(COMMITTEE_OFFICE, "Văn phòng", Verdict.REQUEST_CHANGES, "Đổi địa điểm", OFFICE, NOW);
		assertThat(course.getStatus()).isEqualTo(CourseStatus.DRAFT);
		assertThat(course.isReturned()).isTrue();
		assertThat(course.getConcurrences()).extracting(c -> c.toView(id -> "").comment()).containsExactly("Đổi địa điểm");
		assertThat(course.getSteps()).extracting(CourseStep::getAction).endsWith(StepAction.CHANGES_REQUESTED);
	}

	@Test
	void aRequestForChangesNeedsAComment() {
		Course course = underReview();
		assertThatThrownBy(() -> course.recordConcurrence(COMMITTEE_OFFICE, "Văn phòng", Verdict.REQUEST_CHANGES, " ",
				OFFICE, NOW)).hasMessage("course.error.commentRequired");
		assertThat(course.getStatus()).isEqualTo(CourseStatus.UNDER_REVIEW);
	}

	@Test
	void eachBodyGivesItsOpinionOncePerRound() {
		Course course = underReview();
		course.recordConcurrence(ORGANIZATION_BOARD, "Ban Tổ chức", Verdict.CONCUR, null, ORGANIZATION, NOW);
		assertThatThrownBy(() -> course.recordConcurrence(ORGANIZATION_BOARD, "Ban Tổ chức", Verdict.CONCUR, null,
				ORGANIZATION, NOW)).isInstanceOf(OpinionAlreadyGivenException.class);
		assertThat(course.getConcurrences()).hasSize(1);
	}

	@Test
	void theNextSubmissionOpensANewRoundOfOpinions() {
		Course course = underReview();
		course.recordConcurrence(ORGANIZATION_BOARD, "Ban Tổ chức", Verdict.REQUEST_CHANGES, "Sửa", ORGANIZATION, NOW);
		course.submitForReview(LESSONS, BODIES, PROPAGANDA, null, NOW);
		assertThat(course.getReviewRound()).isEqualTo(2);
		course.recordConcurrence(ORGANIZATION_BOARD, "Ban Tổ chức", Verdict.CONCUR, null, ORGANIZATION, NOW);
		assertThat(course.getConcurrences()).hasSize(2);
		assertThat(course.opinionOf(ORGANIZATION_BOARD, 1).orElseThrow().getVerdict())
			.isEqualTo(Verdict.REQUEST_CHANGES);
	}

	@Test
	void noOpinionOnADraft() {
		Course course = draftCoveringAllLessons();
		assertThatThrownBy(() -> course.recordConcurrence(ORGANIZATION_BOARD, "Ban Tổ chức", Verdict.CONCUR, null,
				ORGANIZATION, NOW)).isInstanceOf(CourseNotUnderReviewException.class);
	}

	@Test
	void approvalRecordsTheOpeningDecision() {
		Course course = awaitingDecision();
		course.approve(new OpeningDecision("125-QĐ/HU", LocalDate.of(2026, 11, 20), "Huỳnh Văn Thành", "Bí thư"),
				COMMITTEE, NOW);
		assertThat(course.getStatus()).isEqualTo(CourseStatus.APPROVED);
		assertThat(course.toView(new CourseNames(Map.of(), Map.of(), Map.of(), Map.of(), Map.of())).decision().number())
			.isEqualTo("125-QĐ/HU");
	}

	@Test
	void theDecisionNeedsNumberDateAndSigner() {
		assertThatThrownBy(() -> new OpeningDecision(" ", LocalDate.now(), "A", "B")).hasMessage("course.error.decisionNumberRequired");
		assertThatThrownBy(() -> new OpeningDecision("1-QĐ/HU", null, "A", "B")).hasMessage("course.error.decisionDateRequired");
		assertThatThrownBy(() -> new OpeningDecision("1-QĐ/HU", LocalDate.now(), "", "B")).hasMessage("course.error.signerNameRequired");
		assertThatThrownBy(() -> new OpeningDecision("1-QĐ/HU", LocalDate.now(), "A", null)).hasMessage("course.error.signerTitleRequired");
	}

	@Test
	void theCommitteeDecidesOnlyOnceBothBodiesConcur() {
		Course course = underReview();
		OpeningDecision decision = new OpeningDecision("1-QĐ/HU", OPENING, "A", "B");
		assertThatThrownBy(() -> course.approve(decision, COMMITTEE, NOW)).isInstanceOf(CourseNotAwaitingDecisionException.class);
		assertThatThrownBy(() -> course.reject("Lý do", COMMITTEE, NOW)).isInstanceOf(CourseNotAwaitingDecisionException.class);
		assertThat(course.getStatus()).isEqualTo(CourseStatus.UNDER_REVIEW);
	}

	@Test
	void rejectionNeedsAReasonAndReturnsThePlanToDraft() {
		Course course = awaitingDecision();
		assertThatThrownBy(() -> course.reject("", COMMITTEE, NOW)).hasMessage("course.error.reasonRequired");
		assertThat(course.getStatus()).isEqualTo(CourseStatus.AWAITING_DECISION);
		course.reject("Chưa phù hợp thời gian", COMMITTEE, NOW);
		assertThat(course.getStatus()).isEqualTo(CourseStatus.DRAFT);
		assertThat(course.getSteps().get(course.getSteps().size() - 1).toView().comment()).isEqualTo("Chưa phù hợp thời gian");
	}

	@Test
	void aCourseIsCancelledWithAReasonOnlyBeforeItOpens() {
		Course course = awaitingDecision();
		course.approve(new OpeningDecision("1-QĐ/HU", OPENING, "A", "B"), COMMITTEE, NOW);
		assertThatThrownBy(() -> course.cancel(null, PROPAGANDA, NOW)).hasMessage("course.error.reasonRequired");
		course.cancel("Dịch bệnh", PROPAGANDA, NOW);
		assertThat(course.getStatus()).isEqualTo(CourseStatus.CANCELLED);
		assertThatThrownBy(() -> course.cancel("Lần nữa", PROPAGANDA, NOW)).isInstanceOf(CourseNotCancellableException.class);
		assertThat(CourseStatus.IN_PROGRESS.isCancellable()).isFalse();
		assertThat(CourseStatus.APPROVED.isCancellable()).isTrue();
	}

	@Test
	void partsOfDayHaveTheHoursUsedForOverlaps() {
		assertThat(PartOfDay.MORNING.start()).isEqualTo(LocalTime.of(7, 30));
		assertThat(PartOfDay.AFTERNOON.end()).isEqualTo(LocalTime.of(17, 0));
		assertThat(PartOfDay.containing(LocalTime.of(19, 0))).isEqualTo(PartOfDay.EVENING);
		SessionDetails evening = lesson(OPENING, PartOfDay.EVENING, 11L);
		assertThat(evening.effectiveStart()).isEqualTo(LocalTime.of(18, 30));
	}

}
