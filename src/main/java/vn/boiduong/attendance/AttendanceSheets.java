package vn.boiduong.attendance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.course.AttendanceFacts;
import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.ClassView;
import vn.boiduong.course.CourseAction;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseStatus;
import vn.boiduong.course.SessionKind;
import vn.boiduong.identity.CurrentUser;
import vn.boiduong.learner.AbsenceShare;
import vn.boiduong.learner.Roster;
import vn.boiduong.learner.RosterAbsences;
import vn.boiduong.learner.RosterEntry;
import vn.boiduong.shared.NotFoundException;
import vn.boiduong.shared.RuleViolationException;

/**
 * Attendance sheets (issue 9). A sheet lists the learners confirmed on the roster who attend on the
 * session's day (a late joiner from their first day). Only marks other than "present" need a row, but a
 * mark once changed keeps its row, with the sheet version and the person of its last change: a save based
 * on an older version is merged learner by learner, and a colleague's later change to the same learner is
 * reported as a conflict instead of being overwritten. Reads and writes issue a fixed number of statements
 * whatever the number of learners (writes are batched).
 */
@Service
public class AttendanceSheets implements AttendanceFacts, RosterAbsences {

	static final String AUDIT_TYPE = "AttendanceSheet";

	private final CourseService courses;

	private final Roster roster;

	private final CurrentUser currentUser;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final AuditLog audit;

	private final Clock clock;

	AttendanceSheets(CourseService courses, Roster roster, CurrentUser currentUser, JdbcTemplate jdbc,
			EntityManager entityManager, AuditLog audit, Clock clock) {
		this.courses = courses;
		this.roster = roster;
		this.currentUser = currentUser;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.audit = audit;
		this.clock = clock;
	}

	private record Stored(AttendanceStatus status, String remark, long changedVersion, long changedBy) {
	}

	/**
	 * The attendance page of a session, for those who may mark it (the session's lecturer, the centre): 403
	 * for others, 404 for a self-study session (it has no attendance).
	 */
	@Transactional(readOnly = true)
	public SheetPage sheet(Long courseId, Long sessionId) {
		ClassView course = this.courses.classView(courseId);
		ClassSessionView session = attended(course, sessionId);
		CourseAction action = actionFor(course);
		boolean editable = action != null && this.courses.mayAtSession(courseId, sessionId, action);
		if (!editable) {
			this.courses.requireAtSession(courseId, sessionId, CourseAction.TAKE_ATTENDANCE);
		}
		Map<Long, Stored> marks = marks(sessionId);
		List<SheetPage.Row> rows = new ArrayList<>();
		for (RosterEntry e : learnersOf(course, session)) {
			Stored m = marks.get(e.learnerId());
			rows.add(new SheetPage.Row(e.learnerId(), e.fullName(), e.partyOrganizationName(), e.searchName(),
					m == null ? AttendanceStatus.PRESENT : m.status(),
					m == null ? null : m.remark()));
		}
		Object[] sheet = sheetRow(sessionId);
		return new SheetPage(course, session, rows, sheet == null ? 0 : (Long) sheet[0], sheet != null && sheet[1] != null,
				editable, course.status() == CourseStatus.CLOSED);
	}

	/** Saves the marks of one save, merged by learner; a replayed save (same client id) changes nothing. */
	@Transactional
	public SheetSaved save(Long courseId, Long sessionId, SheetSave save) {
		// taking while the class runs, correcting once it has closed (the same people may do both): the course
		// is read and its view built once (bench attendance-save-250: building it twice was a fifth of a save)
		CourseAction action = this.courses.mayAtSession(courseId, sessionId, CourseAction.TAKE_ATTENDANCE)
				? CourseAction.TAKE_ATTENDANCE : CourseAction.CORRECT_ATTENDANCE;
		ClassView course = this.courses.requireAtSession(courseId, sessionId, action);
		ClassSessionView session = attended(course, sessionId);
		boolean correction = action == CourseAction.CORRECT_ATTENDANCE;
		if (correction && (save.reason() == null || save.reason().isBlank())) {
			throw RuleViolationException.onField("reason", "attendance.error.reasonRequired");
		}
		if (save.clientId() == null) {
			throw RuleViolationException.onField("clientId", "attendance.error.clientIdRequired");
		}
		Instant now = this.clock.instant();
		Long me = this.currentUser.get().getId();
		this.jdbc.update("""
				insert into attendance_sheet (class_session_id, course_id, version, updated_at) values (?, ?, 0, ?)
				on conflict (class_session_id) do nothing""", sessionId, courseId, Timestamp.from(now));
		Map<String, Object> locked = this.jdbc.queryForMap(
				"select version, taken_at is not null as taken from attendance_sheet where class_session_id = ? for update",
				sessionId);
		long version = ((Number) locked.get("version")).longValue();
		boolean taken = (Boolean) locked.get("taken");
		Map<Long, Stored> marks = marks(sessionId);
		if (!this.jdbc.queryForList("select 1 from attendance_save where client_id = ?", save.clientId()).isEmpty()) {
			return new SheetSaved(version, taken, true, changedSince(marks, save.base()), List.of());
		}
		Set<Long> enrolled = this.roster.confirmedLearnerIds(courseId, session.date());
		List<MarkChange> applied = new ArrayList<>();
		List<MarkChange> conflicts = new ArrayList<>();
		Map<Long, Object> before = new LinkedHashMap<>();
		Map<Long, Object> after = new LinkedHashMap<>();
		Map<Long, MarkChange> latest = new LinkedHashMap<>();
		save.marks().forEach(m -> latest.put(m.learnerId(), m));
		for (MarkChange change : latest.values()) {
			if (change.learnerId() == null || !enrolled.contains(change.learnerId())) {
				throw RuleViolationException.onField("marks", "attendance.error.notOnSheet");
			}
			if (change.status() == null) {
				throw RuleViolationException.onField("marks", "attendance.error.statusRequired");
			}
			String remark = remark(change.remark());
			Stored current = marks.get(change.learnerId());
			AttendanceStatus was = current == null ? AttendanceStatus.PRESENT : current.status();
			String wasRemark = current == null ? null : current.remark();
			if (was == change.status() && Objects.equals(wasRemark, remark)) {
				continue;
			}
			if (current != null && current.changedVersion() > save.base() && current.changedBy() != me) {
				conflicts.add(new MarkChange(change.learnerId(), was, wasRemark));
				continue;
			}
			applied.add(new MarkChange(change.learnerId(), change.status(), remark));
			before.put(change.learnerId(), describe(was, wasRemark));
			after.put(change.learnerId(), describe(change.status(), remark));
		}
		boolean confirming = save.confirming() && !taken;
		long next = (applied.isEmpty() && !confirming) ? version : version + 1;
		if (!applied.isEmpty()) {
			this.jdbc.batchUpdate("""
					insert into attendance_mark (class_session_id, learner_id, status, remark, changed_version, changed_by)
					values (?, ?, ?, ?, ?, ?)
					on conflict (class_session_id, learner_id) do update set status = excluded.status,
					  remark = excluded.remark, changed_version = excluded.changed_version, changed_by = excluded.changed_by""",
					applied, 500, (ps, m) -> {
						ps.setLong(1, sessionId);
						ps.setLong(2, m.learnerId());
						ps.setString(3, m.status().name());
						ps.setString(4, m.remark());
						ps.setLong(5, next);
						ps.setLong(6, me);
					});
		}
		this.jdbc.update("""
				update attendance_sheet set version = ?, updated_at = ?,
				  taken_at = case when ? then coalesce(taken_at, ?) else taken_at end,
				  taken_by = case when ? and taken_at is null then ? else taken_by end
				where class_session_id = ?""", next, Timestamp.from(now), confirming, Timestamp.from(now), confirming, me,
				sessionId);
		this.jdbc.update("insert into attendance_save (client_id, class_session_id, version, saved_at) values (?, ?, ?, ?)",
				save.clientId(), sessionId, next, Timestamp.from(now));
		if (!applied.isEmpty() || confirming) {
			Map<String, Object> auditAfter = new LinkedHashMap<>();
			auditAfter.put("sessionId", sessionId);
			auditAfter.put("version", next);
			auditAfter.put("marks", after);
			if (confirming) {
				auditAfter.put("taken", true);
			}
			if (correction) {
				auditAfter.put("reason", save.reason().strip());
			}
			this.audit.record(correction ? "ATTENDANCE_CORRECTED" : "ATTENDANCE_SAVED", AUDIT_TYPE, sessionId,
					Map.of("marks", before), auditAfter);
		}
		for (MarkChange m : applied) {
			marks.put(m.learnerId(), new Stored(m.status(), m.remark(), next, me));
		}
		return new SheetSaved(next, taken || confirming, false, changedSince(marks, save.base()), conflicts);
	}

	// ---- what the course and the roster ask ---------------------------------------------------------

	@Override
	@Transactional(readOnly = true)
	public Set<Long> sessionsTaken(Long courseId) {
		return new HashSet<>(this.jdbc.queryForList(
				"select class_session_id from attendance_sheet where course_id = ? and taken_at is not null", Long.class,
				courseId));
	}

	/**
	 * Each confirmed learner's absences against the sessions that count for them: the course's sessions with
	 * attendance, from their first day (DESIGN §4: both kinds of absence count).
	 */
	@Override
	@Transactional(readOnly = true)
	public Map<Long, AbsenceShare> sharesOf(Long courseId) {
		ClassView course = this.courses.classView(courseId);
		return shares(course, this.roster.confirmedLearners(course));
	}

	Map<Long, AbsenceShare> shares(ClassView course, List<RosterEntry> learners) {
		Map<Long, Integer> absences = new HashMap<>();
		for (Object[] r : rows("""
				select m.learner_id, count(*) as n from attendance_mark m join attendance_sheet s
				  on s.class_session_id = m.class_session_id
				where s.course_id = ?1 and m.status in ('EXCUSED_ABSENCE', 'UNEXCUSED_ABSENCE') group by m.learner_id""",
				course.id(), "learner_id", "n")) {
			absences.put((Long) r[0], ((Long) r[1]).intValue());
		}
		List<ClassSessionView> sessions = course.attendedSessions();
		Map<Long, AbsenceShare> shares = new LinkedHashMap<>();
		for (RosterEntry e : learners) {
			int counted = (int) sessions.stream().filter(s -> e.attendsOn(s.date())).count();
			shares.put(e.learnerId(), new AbsenceShare(absences.getOrDefault(e.learnerId(), 0), counted));
		}
		return shares;
	}

	/** Whether the user sees the course's learners (the roster page's readers). */
	boolean mayReadLearners(ClassView course) {
		return this.roster.mayRead(course);
	}

	// ---- helpers ------------------------------------------------------------------------------------

	/** The action that marks this course now: taking in progress, correcting once closed, none otherwise. */
	private static CourseAction actionFor(ClassView course) {
		return switch (course.status()) {
			case IN_PROGRESS -> CourseAction.TAKE_ATTENDANCE;
			case CLOSED -> CourseAction.CORRECT_ATTENDANCE;
			default -> null;
		};
	}

	private static ClassSessionView attended(ClassView course, Long sessionId) {
		ClassSessionView session = course.session(sessionId)
			.orElseThrow(() -> new NotFoundException("ClassSession", sessionId));
		if (session.kind() == SessionKind.SELF_STUDY) {
			throw new NotFoundException("AttendanceSheet", sessionId);
		}
		return session;
	}

	List<RosterEntry> learnersOf(ClassView course, ClassSessionView session) {
		return this.roster.confirmedLearners(course).stream().filter(e -> e.attendsOn(session.date())).toList();
	}

	private Map<Long, Stored> marks(Long sessionId) {
		Map<Long, Stored> marks = new HashMap<>();
		for (Object[] r : rows("""
				select learner_id, status, remark, changed_version, changed_by from attendance_mark
				where class_session_id = ?1""", sessionId, "learner_id", "status", "remark", "changed_version",
				"changed_by")) {
			marks.put((Long) r[0],
					new Stored(AttendanceStatus.valueOf((String) r[1]), (String) r[2], (Long) r[3], (Long) r[4]));
		}
		return marks;
	}

	private Object[] sheetRow(Long sessionId) {
		List<Object[]> rows = rows("select version, taken_at from attendance_sheet where class_session_id = ?1",
				sessionId, "version", "taken_at");
		return rows.isEmpty() ? null : rows.get(0);
	}

	/** A native query read through JPA (so that statement counts see it); columns typed by their names. */
	@SuppressWarnings("unchecked")
	List<Object[]> rows(String sql, Object parameter, String... columns) {
		NativeQuery<Object[]> query = this.entityManager.createNativeQuery(sql).setParameter(1, parameter)
			.unwrap(NativeQuery.class);
		for (String column : columns) {
			switch (column) {
				case "status", "remark" -> query.addScalar(column, StandardBasicTypes.STRING);
				case "taken_at" -> query.addScalar(column, StandardBasicTypes.INSTANT);
				default -> query.addScalar(column, StandardBasicTypes.LONG);
			}
		}
		return query.getResultList();
	}

	private static List<MarkChange> changedSince(Map<Long, Stored> marks, long baseVersion) {
		List<MarkChange> changed = new ArrayList<>();
		marks.forEach((id, m) -> {
			if (m.changedVersion() > baseVersion) {
				changed.add(new MarkChange(id, m.status(), m.remark()));
			}
		});
		return changed;
	}

	private static String remark(String remark) {
		if (remark == null || remark.isBlank()) {
			return null;
		}
		String r = remark.strip();
		return r.length() > 500 ? r.substring(0, 500) : r;
	}

	private static String describe(AttendanceStatus status, String remark) {
		return remark == null ? status.name() : status.name() + " (" + remark + ")";
	}

}
