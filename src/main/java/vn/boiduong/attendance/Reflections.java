package vn.boiduong.attendance;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.ClassView;
import vn.boiduong.course.CourseAction;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.SessionKind;
import vn.boiduong.identity.CurrentUser;
import vn.boiduong.learner.Roster;
import vn.boiduong.learner.RosterEntry;
import vn.boiduong.shared.NotFoundException;
import vn.boiduong.shared.RuleViolationException;

/**
 * Reflections after a field visit or an experience report (HD 59: official learning; GLOSSARY
 * {@code Reflection}): each learner's short text, or a file (PDF, DOCX, JPEG, PNG up to 10 MB, checked by
 * content). Entered by those who take the session's attendance; every change and every download of a file
 * is in the audit log.
 */
@Service
public class Reflections {

	static final String AUDIT_TYPE = "Reflection";

	private static final Set<SessionKind> WITH_REFLECTION = Set.of(SessionKind.FIELD_VISIT, SessionKind.EXPERIENCE_REPORT);

	private final CourseService courses;

	private final Roster roster;

	private final AttendanceSheets sheets;

	private final CurrentUser currentUser;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Reflections(CourseService courses, Roster roster, AttendanceSheets sheets, CurrentUser currentUser,
			JdbcTemplate jdbc, AuditLog audit, Clock clock) {
		this.courses = courses;
		this.roster = roster;
		this.sheets = sheets;
		this.currentUser = currentUser;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The reflections page of a session: its learners and what each has handed in. */
	public record ReflectionPage(ClassView course, ClassSessionView session, List<Row> rows, boolean editable) {

		public record Row(Long learnerId, String fullName, String partyOrganizationName, String text, String fileName) {
		}

	}

	/** A reflection's file, to download. */
	public record StoredFile(String name, String contentType, byte[] content) {
	}

	@Transactional(readOnly = true)
	public ReflectionPage page(Long courseId, Long sessionId) {
		ClassView course = this.courses.classView(courseId);
		ClassSessionView session = withReflection(course, sessionId);
		boolean editable = mayEdit(courseId, sessionId);
		if (!editable && !this.roster.mayRead(course)) {
			throw new AccessDeniedException("may not see the reflections of session " + sessionId);
		}
		Map<Long, String[]> stored = new HashMap<>();
		this.jdbc.query("select learner_id, text, file_name from reflection where class_session_id = ?",
				rs -> {
					stored.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3) });
				}, sessionId);
		List<ReflectionPage.Row> rows = new ArrayList<>();
		for (RosterEntry e : this.sheets.learnersOf(course, session)) {
			String[] r = stored.getOrDefault(e.learnerId(), new String[2]);
			rows.add(new ReflectionPage.Row(e.learnerId(), e.fullName(), e.partyOrganizationName(), r[0], r[1]));
		}
		return new ReflectionPage(course, session, rows, editable);
	}

	/**
	 * Keeps a learner's reflection: the text (blank: none), and a file when one is given (it replaces the
	 * one kept before).
	 */
	@Transactional
	public void save(Long courseId, Long sessionId, Long learnerId, String text, String fileName, byte[] content) {
		ClassView course = this.courses.classView(courseId);
		ClassSessionView session = withReflection(course, sessionId);
		if (!mayEdit(courseId, sessionId)) {
			throw new AccessDeniedException("may not enter the reflections of session " + sessionId);
		}
		if (this.sheets.learnersOf(course, session).stream().noneMatch(e -> e.learnerId().equals(learnerId))) {
			throw RuleViolationException.onField("learnerId", "attendance.error.notOnSheet");
		}
		String body = text == null || text.isBlank() ? null : text.strip();
		boolean withFile = content != null && content.length > 0;
		ReflectionFile kind = null;
		if (withFile) {
			if (content.length > ReflectionFile.MAX_BYTES) {
				throw RuleViolationException.onField("file", "reflection.error.tooLarge", ReflectionFile.MAX_BYTES / (1024 * 1024));
			}
			kind = ReflectionFile.of(content);
			if (kind == null) {
				throw RuleViolationException.onField("file", "reflection.error.notAllowed");
			}
		}
		if (body == null && !withFile) {
			throw RuleViolationException.onField("text", "reflection.error.empty");
		}
		String name = withFile ? (fileName == null || fileName.isBlank() ? "thu-hoach" : fileName.strip()) : null;
		if (name != null && name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		this.jdbc.update("""
				insert into reflection (class_session_id, learner_id, text, file_name, content_type, content, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (class_session_id, learner_id) do update set text = excluded.text,
				  file_name = coalesce(excluded.file_name, reflection.file_name),
				  content_type = coalesce(excluded.content_type, reflection.content_type),
				  content = coalesce(excluded.content, reflection.content),
				  updated_by = excluded.updated_by, updated_at = excluded.updated_at""", sessionId, learnerId, body, name,
				kind == null ? null : kind.contentType, withFile ? content : null, this.currentUser.get().getId(),
				Timestamp.from(this.clock.instant()));
		Map<String, Object> after = new HashMap<>();
		after.put("sessionId", sessionId);
		after.put("learnerId", learnerId);
		after.put("text", body);
		after.put("file", name);
		this.audit.record("REFLECTION_SAVED", AUDIT_TYPE, sessionId, null, after);
	}

	/** A reflection's file, for those who see the reflections; its download is in the audit log. */
	@Transactional
	public StoredFile file(Long courseId, Long sessionId, Long learnerId) {
		page(courseId, sessionId);
		List<StoredFile> found = this.jdbc.query("""
				select file_name, content_type, content from reflection
				where class_session_id = ? and learner_id = ? and content is not null""",
				(rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)), sessionId, learnerId);
		if (found.isEmpty()) {
			throw new NotFoundException(AUDIT_TYPE, learnerId);
		}
		this.audit.record("REFLECTION_DOWNLOADED", AUDIT_TYPE, sessionId, null, Map.of("learnerId", learnerId));
		return found.get(0);
	}

	private boolean mayEdit(Long courseId, Long sessionId) {
		return this.courses.mayAtSession(courseId, sessionId, CourseAction.TAKE_ATTENDANCE)
				|| this.courses.mayAtSession(courseId, sessionId, CourseAction.CORRECT_ATTENDANCE);
	}

	private static ClassSessionView withReflection(ClassView course, Long sessionId) {
		ClassSessionView session = course.session(sessionId)
			.orElseThrow(() -> new NotFoundException("ClassSession", sessionId));
		if (!WITH_REFLECTION.contains(session.kind())) {
			throw new NotFoundException(AUDIT_TYPE, sessionId);
		}
		return session;
	}

}
