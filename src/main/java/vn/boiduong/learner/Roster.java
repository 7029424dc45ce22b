package vn.boiduong.learner;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.course.ClassView;
import vn.boiduong.course.CourseAction;
import vn.boiduong.course.CoursePage;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseStatus;
import vn.boiduong.course.RosterFacts;
import vn.boiduong.identity.CurrentUser;
import vn.boiduong.organization.OrgTree;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.shared.RuleViolationException;

/**
 * The roster of a course (issue 9; HD 59 III.3: the organization board supplies the learner list, the
 * political centre runs the class): the organizing committee's organization board proposes learners from
 * the registry, one by one or by importing a list; the teaching institution confirms them, or removes one
 * with a reason. After the class opened a learner joins late, from a given day. Who may is the course's
 * policy table; every change is in the audit log. Lists are in Vietnamese name order.
 */
@Service
public class Roster implements RosterFacts {

	static final String AUDIT_TYPE = "Enrollment";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String ENTRIES = """
			select l.id, l.full_name, l.birth_date, l.gender, l.party_organization_id, l.position, e.attends_from,
			       e.confirmed_at is not null as confirmed, l.search_name
			from enrollment e join learner l on l.id = e.learner_id
			where e.course_id = ?1 and e.removed_at is null%s
			order by l.given_name collate "vi-x-icu", l.full_name collate "vi-x-icu", l.id""";

	private final JdbcTemplate jdbc;

	private final CourseService courses;

	private final CurrentUser currentUser;

	private final OrgUnitService units;

	private final AuditLog audit;

	private final Clock clock;

	private final ObjectProvider<RosterAbsences> absences;

	private final EntityManager entityManager;

	Roster(JdbcTemplate jdbc, CourseService courses, CurrentUser currentUser, OrgUnitService units, AuditLog audit,
			Clock clock, ObjectProvider<RosterAbsences> absences, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.courses = courses;
		this.currentUser = currentUser;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
		this.absences = absences;
	}

	/** The roster page: the course, its learners in Vietnamese name order, and their absences so far. */
	public record RosterPage(ClassView course, List<RosterEntry> entries, Map<Long, AbsenceShare> absences) {

		public long pending() {
			return this.entries.stream().filter(e -> !e.confirmed()).count();
		}

		public long confirmed() {
			return this.entries.size() - pending();
		}

		public AbsenceShare absenceOf(Long learnerId) {
			return this.absences.getOrDefault(learnerId, AbsenceShare.NONE);
		}

		public long warnings() {
			return this.absences.values().stream().filter(AbsenceShare::warning).count();
		}

	}

	/**
	 * The roster of a visible course, for those who see learners' personal data (the committee's bodies, the
	 * teaching institution, the province: {@link LearnerAccess}); 403 for anyone else.
	 */
	@Transactional(readOnly = true)
	public RosterPage page(Long courseId) {
		ClassView course = this.courses.classView(courseId);
		if (!mayRead(course)) {
			throw new AccessDeniedException("no role that reads learners");
		}
		Map<Long, AbsenceShare> shares = course.status() == CourseStatus.APPROVED ? Map.of()
				: this.absences.getIfAvailable(() -> c -> Map.of()).sharesOf(courseId);
		return new RosterPage(course, entries(courseId, false), shares);
	}

	/** Whether the user sees the learners of this (visible) course: {@link LearnerAccess}'s readers. */
	public boolean mayRead(ClassView course) {
		return LearnerAccess.mayRead(this.currentUser.scope()) || course.may(CourseAction.PROPOSE_LEARNERS);
	}

	/**
	 * The same on the course page, whose roster link is shown only to those it opens for (the course's page
	 * calls it as {@code @roster.mayReadOn(p)}).
	 */
	public boolean mayReadOn(CoursePage page) {
		return LearnerAccess.mayRead(this.currentUser.scope()) || page.may(CourseAction.PROPOSE_LEARNERS);
	}

	/**
	 * The confirmed learners of a course, in Vietnamese name order, for attendance and the papers; the course
	 * is one the caller has already checked.
	 */
	@Transactional(readOnly = true)
	public List<RosterEntry> confirmedLearners(ClassView course) {
		return entries(course.id(), true);
	}

	@Override
	@Transactional(readOnly = true)
	public int confirmedLearners(Long courseId) {
		Integer n = this.jdbc.queryForObject(
				"select count(*) from enrollment where course_id = ? and removed_at is null and confirmed_at is not null",
				Integer.class, courseId);
		return n == null ? 0 : n;
	}

	/**
	 * The ids of the confirmed learners of a course who attend on the day (a late joiner from their first
	 * day), in no order: what a save of attendance checks its marks against. One statement.
	 */
	@Transactional(readOnly = true)
	public Set<Long> confirmedLearnerIds(Long courseId, LocalDate day) {
		return new HashSet<>(this.jdbc.queryForList("""
				select learner_id from enrollment where course_id = ? and removed_at is null and confirmed_at is not null
				  and (attends_from is null or attends_from <= ?)""", Long.class, courseId, day));
	}

	/** One statement whatever the size of the roster (read through JPA, so statement counts see it). */
	@SuppressWarnings("unchecked")
	private List<RosterEntry> entries(Long courseId, boolean confirmedOnly) {
		OrgTree tree = this.units.currentTree();
		List<Object[]> rows = this.entityManager
			.createNativeQuery(ENTRIES.formatted(confirmedOnly ? " and e.confirmed_at is not null" : ""))
			.setParameter(1, courseId)
			.unwrap(NativeQuery.class)
			.addScalar("id", StandardBasicTypes.LONG)
			.addScalar("full_name", StandardBasicTypes.STRING)
			.addScalar("birth_date", StandardBasicTypes.LOCAL_DATE)
			.addScalar("gender", StandardBasicTypes.STRING)
			.addScalar("party_organization_id", StandardBasicTypes.LONG)
			.addScalar("position", StandardBasicTypes.STRING)
			.addScalar("attends_from", StandardBasicTypes.LOCAL_DATE)
			.addScalar("confirmed", StandardBasicTypes.BOOLEAN)
			.addScalar("search_name", StandardBasicTypes.STRING)
			.getResultList();
		List<RosterEntry> entries = new ArrayList<>(rows.size());
		for (Object[] r : rows) {
			entries.add(new RosterEntry((Long) r[0], (String) r[1], (LocalDate) r[2], Gender.valueOf((String) r[3]),
					(Long) r[4], tree.name((Long) r[4]), LearnerPosition.valueOf((String) r[5]), (LocalDate) r[6],
					(Boolean) r[7], (String) r[8]));
		}
		return entries;
	}

	/**
	 * Proposes one learner of the registry for the course. Before the class opens nobody is late; after, the
	 * day from which the learner attends is asked (within the class's days).
	 */
	@Transactional
	public void propose(Long courseId, Long learnerId, LocalDate attendsFrom) {
		ClassView course = this.courses.require(courseId, CourseAction.PROPOSE_LEARNERS);
		LocalDate from = lateJoinDay(course, attendsFrom);
		requireOfCommittee(course, List.of(learnerId));
		int changed = upsert(course.id(), List.of(learnerId), from);
		if (changed == 0) {
			throw RuleViolationException.onField("learnerId", "roster.error.alreadyEnrolled");
		}
		this.audit.record("LEARNER_PROPOSED", AUDIT_TYPE, course.id(), null, change(learnerId, from, null));
	}

	/**
	 * Proposes the learners of a confirmed import (those already on the roster stay as they are); the number
	 * proposed.
	 */
	@Transactional
	public int proposeAll(Long courseId, List<Long> learnerIds, LocalDate attendsFrom) {
		ClassView course = this.courses.require(courseId, CourseAction.PROPOSE_LEARNERS);
		LocalDate from = lateJoinDay(course, attendsFrom);
		requireOfCommittee(course, learnerIds);
		int changed = upsert(course.id(), learnerIds, from);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("learnerIds", learnerIds);
		after.put("proposed", changed);
		after.put("attendsFrom", from);
		this.audit.record("LEARNERS_PROPOSED", AUDIT_TYPE, course.id(), null, after);
		return changed;
	}

	/** The teaching institution confirms every learner proposed and not yet confirmed; how many. */
	@Transactional
	public int confirm(Long courseId) {
		ClassView course = this.courses.require(courseId, CourseAction.CONFIRM_ROSTER);
		List<Long> ids = this.jdbc.queryForList("""
				update enrollment set confirmed_at = ?, confirmed_by = ?
				where course_id = ? and removed_at is null and confirmed_at is null returning learner_id""", Long.class,
				Timestamp.from(now()), this.currentUser.get().getId(), course.id());
		if (!ids.isEmpty()) {
			this.audit.record("ROSTER_CONFIRMED", AUDIT_TYPE, course.id(), null, Map.of("learnerIds", ids));
		}
		return ids.size();
	}

	/** The teaching institution removes a learner from the roster, with a reason kept. */
	@Transactional
	public void remove(Long courseId, Long learnerId, String reason) {
		ClassView course = this.courses.require(courseId, CourseAction.CONFIRM_ROSTER);
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "roster.error.reasonRequired");
		}
		int changed = this.jdbc.update("""
				update enrollment set removed_at = ?, removed_by = ?, removal_reason = ?
				where course_id = ? and learner_id = ? and removed_at is null""", Timestamp.from(now()),
				this.currentUser.get().getId(), reason.strip(), course.id(), learnerId);
		if (changed == 0) {
			throw RuleViolationException.onField("learnerId", "roster.error.notEnrolled");
		}
		this.audit.record("LEARNER_REMOVED", AUDIT_TYPE, course.id(), change(learnerId, null, null),
				change(learnerId, null, reason.strip()));
	}

	/** Inserts, or brings back a removed learner; a learner already on the roster is left alone. */
	private int upsert(Long courseId, List<Long> learnerIds, LocalDate from) {
		Long user = this.currentUser.get().getId();
		Timestamp at = Timestamp.from(now());
		int[][] counts = this.jdbc.batchUpdate("""
				insert into enrollment (course_id, learner_id, attends_from, proposed_by, proposed_at)
				values (?, ?, ?, ?, ?)
				on conflict (course_id, learner_id) do update
				  set attends_from = excluded.attends_from, proposed_by = excluded.proposed_by,
				      proposed_at = excluded.proposed_at, confirmed_at = null, confirmed_by = null,
				      removed_at = null, removed_by = null, removal_reason = null
				  where enrollment.removed_at is not null""", learnerIds, 200, (ps, id) -> {
			ps.setLong(1, courseId);
			ps.setLong(2, id);
			ps.setObject(3, from);
			ps.setLong(4, user);
			ps.setTimestamp(5, at);
		});
		int changed = 0;
		for (int[] batch : counts) {
			for (int c : batch) {
				changed += Math.max(c, 0);
			}
		}
		return changed;
	}

	/** A late joiner's first day: after the class opened, within its days; before, none. */
	private LocalDate lateJoinDay(ClassView course, LocalDate attendsFrom) {
		if (course.status() != CourseStatus.IN_PROGRESS) {
			return null;
		}
		LocalDate from = attendsFrom != null ? attendsFrom : this.courses.today();
		if (from.isBefore(course.openedOn()) || from.isAfter(course.plannedClosing())) {
			throw RuleViolationException.onField("attendsFrom", "roster.error.attendsFromOutside",
					course.openedOn().format(DAY), course.plannedClosing().format(DAY));
		}
		return from;
	}

	/** Only learners of the organizing committee's own party organizations join its course. */
	private void requireOfCommittee(ClassView course, List<Long> learnerIds) {
		if (learnerIds.isEmpty()) {
			return;
		}
		OrgTree tree = this.units.currentTree();
		List<Long> organizations = this.jdbc.queryForList(
				"select party_organization_id from learner where id = any(?)", Long.class,
				(Object) learnerIds.toArray(Long[]::new));
		if (organizations.size() != new HashSet<>(learnerIds).size()
				|| organizations.stream().anyMatch(o -> !tree.isWithin(o, course.organizingUnitId()))) {
			throw RuleViolationException.onField("learnerId", "roster.error.notOfCommittee");
		}
	}

	private static Map<String, Object> change(Long learnerId, LocalDate from, String reason) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("learnerId", learnerId);
		if (from != null) {
			m.put("attendsFrom", from);
		}
		if (reason != null) {
			m.put("removalReason", reason);
		}
		return m;
	}

	private Instant now() {
		return this.clock.instant();
	}

}
