package vn.boiduong.course;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.boiduong.curriculum.ElectiveTopicView;
import vn.boiduong.curriculum.LessonView;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.PageView;

/**
 * The course module's API for its pages and other modules: one entry point that hands each call to the
 * part that owns it — {@link CourseQueries} (the list and the pages), {@link CoursePlanning} (the plan
 * and the timetable), {@link CourseWorkflow} (the steps); who may act is {@link CoursePolicy}'s table.
 * Each part is the transaction boundary of its methods.
 */
@Service
public class CourseService {

	static final String AUDIT_TYPE = "Course";

	private final CourseQueries queries;

	private final CoursePlanning planning;

	private final CourseWorkflow workflow;

	private final CourseClassroom classroom;

	CourseService(CourseQueries queries, CoursePlanning planning, CourseWorkflow workflow, CourseClassroom classroom) {
		this.queries = queries;
		this.planning = planning;
		this.workflow = workflow;
		this.classroom = classroom;
	}

	// ---- reading --------------------------------------------------------------------------------

	/** The courses of the units the user may see, filtered and paged, newest first. */
	public PageView<CourseSummary> search(CourseFilter filter, int page, int size) {
		return this.queries.search(filter, page, size);
	}

	/** The district committees whose courses the user may see (the list's district filter). */
	public List<OrgUnitView> visibleDistricts() {
		return this.queries.visibleDistricts();
	}

	/** The district committees where the user drafts plans (as district propaganda staff). */
	public List<OrgUnitView> districtsWhereUserPlans() {
		return this.queries.districtsWhereUserPlans();
	}

	/** The open political centres of the given districts. */
	public List<OrgUnitView> politicalCentresOf(Collection<OrgUnitView> districts) {
		return this.queries.politicalCentresOf(districts);
	}

	/** The elective topics a course of the district may choose. */
	public List<ElectiveTopicView> electiveTopicsFor(Long districtId) {
		return this.queries.electiveTopicsFor(districtId);
	}

	/** The course page: plan, timetable, coverage, opinions, timeline and what the user may do now. */
	public CoursePage page(Long id) {
		return this.queries.page(id);
	}

	public CourseView get(Long id) {
		return this.queries.get(id);
	}

	/** The lessons, chosen topics and lecturers a session of the course may name. */
	public SessionOptions sessionOptions(Long courseId) {
		return this.queries.sessionOptions(courseId);
	}

	/** What a session form offers. */
	public record SessionOptions(List<LessonView> lessons, List<CourseView.TopicRef> topics,
			List<UserDirectory.Person> lecturers) {
	}

	public ClassSessionView session(Long courseId, Long sessionId) {
		return this.queries.session(courseId, sessionId);
	}

	// ---- the plan and the timetable -------------------------------------------------------------

	public CourseView create(Long organizingUnitId, PlanDetails plan) {
		return this.planning.create(organizingUnitId, plan);
	}

	public CourseView editPlan(Long id, long expectedVersion, PlanDetails plan) {
		return this.planning.editPlan(id, expectedVersion, plan);
	}

	public ClassSessionView addSession(Long courseId, SessionDetails details) {
		return this.planning.addSession(courseId, details);
	}

	public ClassSessionView editSession(Long courseId, Long sessionId, long expectedVersion, SessionDetails details) {
		return this.planning.editSession(courseId, sessionId, expectedVersion, details);
	}

	/** After approval: a session's time, place or teacher, with a reason (the timeline and the audit keep it). */
	public ClassSessionView changeSession(Long courseId, Long sessionId, long expectedVersion, SessionChange change,
			String reason) {
		return this.planning.changeSession(courseId, sessionId, expectedVersion, change, reason);
	}

	public void removeSession(Long courseId, Long sessionId) {
		this.planning.removeSession(courseId, sessionId);
	}

	// ---- the workflow ---------------------------------------------------------------------------

	public void submitForReview(Long id, String comment) {
		this.workflow.submitForReview(id, comment);
	}

	/**
	 * Records the opinion of the body the user speaks for; {@code body} may be null when the user speaks
	 * for only one of them.
	 */
	public void recordConcurrence(Long id, Long body, Verdict verdict, String comment) {
		this.workflow.recordConcurrence(id, body, verdict, comment);
	}

	public void approve(Long id, String decisionNumber, LocalDate decisionDate, String signerName, String signerTitle) {
		this.workflow.approve(id, decisionNumber, decisionDate, signerName, signerTitle);
	}

	public void reject(Long id, String reason) {
		this.workflow.reject(id, reason);
	}

	public void cancel(Long id, String reason) {
		this.workflow.cancel(id, reason);
	}

	// ---- the class: roster, opening, attendance, closing (issue 9) ----------------------------

	/** The course as the class's pages see it; 404 when unknown, 403 when not visible. */
	public ClassView classView(Long id) {
		return this.classroom.view(id);
	}

	/** The course, when the user may take the action now: 403 without the capacity, 409 in another status. */
	public ClassView require(Long id, CourseAction action) {
		return this.classroom.require(id, action);
	}

	/** As {@link #require}, at one session of the course: a lecturer only at the sessions they teach. */
	public ClassView requireAtSession(Long id, Long sessionId, CourseAction action) {
		return this.classroom.requireAtSession(id, sessionId, action);
	}

	/** Whether the user may take the action at the session now. */
	public boolean mayAtSession(Long id, Long sessionId, CourseAction action) {
		return this.classroom.mayAtSession(id, sessionId, action);
	}

	/** The classes in progress that the user runs for their teaching institution. */
	public List<ClassView> classesRunByCurrentUser() {
		return this.classroom.runByCurrentUser();
	}

	/** The classes in progress in which the user, a lecturer, teaches a session today. */
	public List<ClassView> classesTaughtTodayByCurrentUser() {
		return this.classroom.taughtTodayByCurrentUser();
	}

	/** Opens the class (khai giảng): approved, with a timetable and a confirmed roster. */
	public void openClass(Long id) {
		this.classroom.open(id);
	}

	/** Closes the class (bế giảng): every session that took place has its attendance taken. */
	public void closeClass(Long id) {
		this.classroom.close(id);
	}

	/** Today where the courses take place. */
	public LocalDate today() {
		return this.classroom.today();
	}

}
