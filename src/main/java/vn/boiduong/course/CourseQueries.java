package vn.boiduong.course;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.boiduong.curriculum.CurriculumService;
import vn.boiduong.curriculum.ElectiveTopicView;
import vn.boiduong.identity.CurrentUser;
import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.identity.UserScope;
import vn.boiduong.organization.Capacity;
import vn.boiduong.organization.OrgTree;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.NotFoundException;
import vn.boiduong.shared.PageView;

/**
 * What the course pages read: the list (one query for the rows, one for the count, the same statement
 * and the same number of bind parameters for every user and every filter), the course and its page.
 */
@Service
class CourseQueries {

	/**
	 * Which courses the user may see, as a join and not as a list of ids: organized by a unit under one of
	 * the user's scope units (the organization closure of V11 answers "every unit under X" from its index,
	 * whatever the size of the tree). Access that does not follow the tree (the institution teaching the
	 * course, the successor of a closed unit: issue 8) is another {@code or} here, with its own join.
	 * <p>
	 * Two forms of the one rule, so that PostgreSQL's cached plan fits who asks: a user who sees a whole
	 * province reads the newest courses first and keeps those the closure admits (the first page
	 * stops after a few rows); a district user starts from the closure rows of their scope (a few units)
	 * and reads only their courses. Each user always gets the same form whatever the size of the tree.
	 */
	static final String VISIBLE_TO_MOST = """
			from course c where c.organizing_unit_id in (select v.descendant_id from org_unit_closure v where v.ancestor_id = any(:scopes))""";

	static final String VISIBLE_TO_FEW = """
			from org_unit_closure v join course c on c.organizing_unit_id = v.descendant_id where v.ancestor_id = any(:scopes)""";

	/**
	 * The third form, for the staff of a teaching institution: the courses of their scope and those they
	 * teach, of any committee (the provincial school teaches for many).
	 */
	static final String VISIBLE_TO_TEACHERS = """
			from course c where (c.organizing_unit_id in (select v.descendant_id from org_unit_closure v where v.ancestor_id = any(:scopes))
			  or c.political_centre_unit_id = any(:teaching))""";

	/**
	 * The filters the list was asked for, and only those, are written into the statement: a condition such
	 * as {@code (:status is null or c.status = :status)} for a filter not used would make PostgreSQL expect
	 * almost no rows in its cached (generic) plan, and walk every course of the province. Each combination
	 * of filters is one statement text, with a fixed number of bind parameters whatever the size of the
	 * province; with none, the rows are the first courses of the opening date index that the closure admits.
	 */
	static String where(CourseFilter filter, boolean seesAProvince) {
		return (seesAProvince ? VISIBLE_TO_MOST : VISIBLE_TO_FEW) + filters(filter);
	}

	private static String filters(CourseFilter filter) {
		StringBuilder where = new StringBuilder();
		if (filter.status() != null) {
			where.append(" and c.status = :status");
		}
		if (filter.year() != null) {
			where.append(" and c.planned_opening between :openingFrom and :openingTo");
		}
		if (filter.districtId() != null) {
			where.append(" and c.organizing_unit_id = :district");
		}
		if (StringUtils.hasText(filter.text())) {
			where.append(" and lower(c.name) like :text");
		}
		return where.toString();
	}

	/**
	 * How many courses a province's user sees: counted per organizing unit first, then each unit checked
	 * once against the closure, so the count costs the same for a province of 1,500 or 10,000 units (a join
	 * would hash every unit of the province on every request).
	 */
	static String countForAProvince(CourseFilter filter) {
		return """
				select cast(coalesce(sum(g.n), 0) as bigint) from (
				  select c.organizing_unit_id, count(*) as n from course c where true%s group by c.organizing_unit_id) g
				where exists (select 1 from org_unit_closure v where v.descendant_id = g.organizing_unit_id
				  and v.ancestor_id = any(:scopes) offset 0)""".formatted(filters(filter));
	}

	static final String ROWS = """
			select c.id, c.name, c.organizing_unit_id, c.status, c.review_round, c.planned_opening, c.planned_closing,
			       c.expected_learners
			""";

	static final String ORDER = " order by c.planned_opening desc, c.id desc offset :offset limit :limit";

	private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

	private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

	private final CourseRepository courses;

	private final EntityManager entityManager;

	private final CurrentUser currentUser;

	private final OrgUnitService units;

	private final CurriculumService curriculum;

	private final UserDirectory directory;

	private final CoursePolicy policy;

	private final CourseNaming naming;

	private final Clock clock;

	CourseQueries(CourseRepository courses, EntityManager entityManager, CurrentUser currentUser, OrgUnitService units,
			CurriculumService curriculum, UserDirectory directory, CoursePolicy policy, CourseNaming naming, Clock clock) {
		this.clock = clock;
		this.courses = courses;
		this.entityManager = entityManager;
		this.currentUser = currentUser;
		this.units = units;
		this.curriculum = curriculum;
		this.directory = directory;
		this.policy = policy;
		this.naming = naming;
	}

	/** The courses of the units the user may see, filtered and paged, newest first. */
	@Transactional(readOnly = true)
	public PageView<CourseSummary> search(CourseFilter filter, int page, int size) {
		UserScope scope = this.currentUser.scope();
		PageRequest request = PageView.request(page, size, Sort.unsorted());
		boolean most = scope.seesAProvince();
		List<Long> teaching = most ? List.of() : this.policy.teachingUnitsOf(scope);
		String where = teaching.isEmpty() ? where(filter, most) : VISIBLE_TO_TEACHERS + filters(filter);
		String sql = most ? ROWS + where + ORDER
				// read the district's courses first, then sort them (not the province's in date order)
				: "with visible as materialized (" + ROWS + where + ") select * from visible c" + ORDER;
		List<Object[]> rows = bind(this.entityManager.createNativeQuery(sql), scope, teaching, filter)
			.setParameter("offset", request.getOffset(), StandardBasicTypes.LONG)
			.setParameter("limit", size, StandardBasicTypes.INTEGER)
			.addScalar("id", StandardBasicTypes.LONG)
			.addScalar("name", StandardBasicTypes.STRING)
			.addScalar("organizing_unit_id", StandardBasicTypes.LONG)
			.addScalar("status", StandardBasicTypes.STRING)
			.addScalar("review_round", StandardBasicTypes.INTEGER)
			.addScalar("planned_opening", StandardBasicTypes.LOCAL_DATE)
			.addScalar("planned_closing", StandardBasicTypes.LOCAL_DATE)
			.addScalar("expected_learners", StandardBasicTypes.INTEGER)
			.getResultList();
		OrgTree tree = this.units.currentTree();
		List<CourseSummary> items = new ArrayList<>(rows.size());
		for (Object[] r : rows) {
			Long unitId = (Long) r[2];
			items.add(new CourseSummary((Long) r[0], (String) r[1], unitId, tree.name(unitId),
					CourseStatus.valueOf((String) r[3]), (Integer) r[4], (LocalDate) r[5], (LocalDate) r[6],
					(Integer) r[7]));
		}
		String count = most ? countForAProvince(filter) : "select count(*) " + where;
		return PageView.of(items, request,
				() -> ((Number) (Object) bind(this.entityManager.createNativeQuery(count), scope, teaching, filter).getSingleResult())
					.longValue());
	}

	/** The scope units, and the filters used (as {@link #where} wrote them). */
	@SuppressWarnings("unchecked")
	private static NativeQuery<Object[]> bind(jakarta.persistence.Query query, UserScope scope, List<Long> teaching,
			CourseFilter filter) {
		NativeQuery<Object[]> bound = ((NativeQuery<Object[]>) query.unwrap(NativeQuery.class)).setParameter("scopes",
				scope.scopeUnitIds().toArray(Long[]::new));
		if (!teaching.isEmpty()) {
			bound.setParameter("teaching", teaching.toArray(Long[]::new));
		}
		if (filter.status() != null) {
			bound.setParameter("status", filter.status().name(), StandardBasicTypes.STRING);
		}
		if (filter.year() != null) {
			boolean possible = filter.year() >= 1 && filter.year() <= 9999;
			// a year no plan has (nor LocalDate or PostgreSQL may hold): no course
			bound.setParameter("openingFrom", possible ? LocalDate.of(filter.year(), 1, 1) : LAST_DAY,
					StandardBasicTypes.LOCAL_DATE);
			bound.setParameter("openingTo", possible ? LocalDate.of(filter.year(), 12, 31) : FIRST_DAY,
					StandardBasicTypes.LOCAL_DATE);
		}
		if (filter.districtId() != null) {
			bound.setParameter("district", filter.districtId(), StandardBasicTypes.LONG);
		}
		if (StringUtils.hasText(filter.text())) {
			bound.setParameter("text", "%" + filter.text().trim().toLowerCase() + "%", StandardBasicTypes.STRING);
		}
		return bound;
	}

	/**
	 * The organizing committees whose courses the user may see (the list's filter): the district committees,
	 * then the commune and ward committees, each in tree order.
	 */
	public List<OrgUnitView> visibleDistricts() {
		List<OrgUnitView> committees = new ArrayList<>(this.currentUser.visibleUnitsOfKind(OrgUnitKind.DISTRICT_COMMITTEE));
		committees.addAll(this.currentUser.visibleUnitsOfKind(OrgUnitKind.COMMUNE_COMMITTEE));
		return committees;
	}

	/** The open committees for which the user drafts plans (their unit is the committee's planning body). */
	public List<OrgUnitView> districtsWhereUserPlans() {
		OrgTree tree = this.units.currentTree();
		return this.policy.committeesWhere(this.currentUser.scope(), Capacity.PLANNING_BODY)
			.stream()
			.map(tree::get)
			.filter(u -> !u.closed())
			.toList();
	}

	/** The teaching institutions the given committees name today, each once. */
	public List<OrgUnitView> politicalCentresOf(Collection<OrgUnitView> districts) {
		OrgTree tree = this.units.currentTree();
		LocalDate today = LocalDate.now(this.clock.withZone(DisplayDates.VIETNAM));
		List<OrgUnitView> centres = new ArrayList<>();
		for (OrgUnitView d : districts) {
			for (Long id : this.policy.unitsPlaying(d.id(), Capacity.TEACHING_INSTITUTION, today)) {
				OrgUnitView centre = tree.get(id);
				if (!centres.contains(centre)) {
					centres.add(centre);
				}
			}
		}
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
		List<SessionRow> rows = sessionRows(id);
		CourseNames names = this.naming.names(course,
				rows.stream().map(r -> new CourseNaming.SessionFacts(r.electiveTopicId(), r.lecturerUserId())).toList());
		List<ClassSessionView> sessions = rows.stream().map(r -> r.toView(names)).toList();
		OrgTree tree = this.units.currentTree();
		List<ConcurrenceView> opinions = course.getConcurrences().stream().map(c -> c.toView(tree::name)).toList();
		return CoursePage.of(course.toView(names), sessions, names.lessons().values(), opinions,
				course.getSteps().stream().map(CourseStep::toView).toList(),
				this.policy.allowedActions(this.currentUser.scope(), course),
				course.getConcurringBodyUnitIds().stream().map(b -> new CoursePage.Body(b, tree.name(b))).toList(),
				this.policy.bodiesStillToSpeak(this.currentUser.scope(), course)
					.stream()
					.map(b -> new CoursePage.Body(b, tree.name(b)))
					.toList(),
				marksAttendance(course, sessions));
	}

	/**
	 * Whether the user marks the attendance of one of the sessions now (the centre any session, a lecturer the
	 * ones they teach): the page then offers the attendance sheets. In memory, from what the page has read.
	 */
	private boolean marksAttendance(Course course, List<ClassSessionView> sessions) {
		CourseAction action = switch (course.getStatus()) {
			case IN_PROGRESS -> CourseAction.TAKE_ATTENDANCE;
			case CLOSED -> CourseAction.CORRECT_ATTENDANCE;
			default -> null;
		};
		if (action == null) {
			return false;
		}
		UserScope scope = this.currentUser.scope();
		return sessions.stream()
			.filter(s -> s.kind() != SessionKind.SELF_STUDY)
			.anyMatch(s -> this.policy.maySessionAct(scope, action, course, s.lecturerUserId()));
	}

	/**
	 * The course's sessions in timetable order, each with its requirements, in one statement (as entities
	 * they were two statements and a managed object per session and per list of requirements: the course
	 * page's largest cost after its template).
	 */
	private List<SessionRow> sessionRows(Long courseId) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = this.entityManager.createNativeQuery("""
				select s.id, s.session_date, s.part_of_day, s.start_time, s.end_time, s.kind, s.lesson_id,
				       s.elective_topic_id, s.topic_text, s.delivery, s.place, s.lecturer_user_id, s.guest_speaker,
				       (select string_agg(r.requirement_id::text, ',' order by r.position)
				        from class_session_requirement r where r.class_session_id = s.id) as requirements
				from class_session s where s.course_id = :course
				order by s.session_date, s.start_time, s.id""")
			.unwrap(NativeQuery.class)
			.setParameter("course", courseId, StandardBasicTypes.LONG)
			.addScalar("id", StandardBasicTypes.LONG)
			.addScalar("session_date", StandardBasicTypes.LOCAL_DATE)
			.addScalar("part_of_day", StandardBasicTypes.STRING)
			.addScalar("start_time", StandardBasicTypes.LOCAL_TIME)
			.addScalar("end_time", StandardBasicTypes.LOCAL_TIME)
			.addScalar("kind", StandardBasicTypes.STRING)
			.addScalar("lesson_id", StandardBasicTypes.LONG)
			.addScalar("elective_topic_id", StandardBasicTypes.LONG)
			.addScalar("topic_text", StandardBasicTypes.STRING)
			.addScalar("delivery", StandardBasicTypes.STRING)
			.addScalar("place", StandardBasicTypes.STRING)
			.addScalar("lecturer_user_id", StandardBasicTypes.LONG)
			.addScalar("guest_speaker", StandardBasicTypes.STRING)
			.addScalar("requirements", StandardBasicTypes.STRING)
			.getResultList();
		List<SessionRow> sessions = new ArrayList<>(rows.size());
		for (Object[] r : rows) {
			List<Long> requirements = new ArrayList<>();
			if (r[13] != null) {
				for (String requirement : ((String) r[13]).split(",")) {
					requirements.add(Long.valueOf(requirement));
				}
			}
			sessions.add(new SessionRow((Long) r[0], (java.time.LocalDate) r[1],
					r[2] == null ? null : PartOfDay.valueOf((String) r[2]), (java.time.LocalTime) r[3],
					(java.time.LocalTime) r[4], SessionKind.valueOf((String) r[5]), (Long) r[6], (Long) r[7], (String) r[8],
					r[9] == null ? null : Delivery.valueOf((String) r[9]), (String) r[10], (Long) r[11], (String) r[12],
					List.copyOf(requirements)));
		}
		return sessions;
	}

	/** A session as {@link #sessionRows} reads it. */
	private record SessionRow(Long id, java.time.LocalDate date, PartOfDay partOfDay, java.time.LocalTime startTime,
			java.time.LocalTime endTime, SessionKind kind, Long lessonId, Long electiveTopicId, String topicText,
			Delivery delivery, String place, Long lecturerUserId, String guestSpeakerName, List<Long> requirementIds) {

		ClassSessionView toView(CourseNames names) {
			return names.sessionView(this.id, this.date, this.partOfDay, this.startTime, this.endTime, this.kind,
					this.lessonId, this.requirementIds, this.electiveTopicId, this.topicText, this.delivery, this.place,
					this.lecturerUserId, this.guestSpeakerName);
		}

	}

	@Transactional(readOnly = true)
	public CourseView get(Long id) {
		Course course = loadVisible(id);
		return course.toView(this.naming.names(course));
	}

	/** The lessons, chosen topics and lecturers a session of the course may name. */
	@Transactional(readOnly = true)
	public CourseService.SessionOptions sessionOptions(Long courseId) {
		Course course = loadVisible(courseId);
		CourseNames names = this.naming.names(course);
		List<CourseView.TopicRef> topics = course.getElectiveTopicIds()
			.stream()
			.map(t -> new CourseView.TopicRef(t, names.topicTitle(t)))
			.toList();
		return new CourseService.SessionOptions(List.copyOf(names.lessons().values()), topics,
				this.directory.holdersOf(Role.LECTURER, course.getPoliticalCentreUnitId()));
	}

	@Transactional(readOnly = true)
	public ClassSessionView session(Long courseId, Long sessionId) {
		Course course = loadVisible(courseId);
		return course.session(sessionId).toView(this.naming.names(course));
	}

	/** 404 when unknown, 403 when in a unit the user may not see. */
	Course loadVisible(Long id) {
		Course course = this.courses.findById(id).orElseThrow(() -> new NotFoundException("Course", id));
		this.policy.requireVisible(this.currentUser.scope(), course);
		return course;
	}

}
