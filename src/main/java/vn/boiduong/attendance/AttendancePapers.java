package vn.boiduong.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.ClassView;
import vn.boiduong.course.CourseAction;
import vn.boiduong.course.CourseService;
import vn.boiduong.learner.AbsenceShare;
import vn.boiduong.learner.Roster;
import vn.boiduong.learner.RosterEntry;
import vn.boiduong.shared.NotFoundException;
import vn.boiduong.organization.DocumentIssuers;
import vn.boiduong.shared.document.Block;
import vn.boiduong.shared.document.DocumentIssuer;
import vn.boiduong.shared.document.PartyDocument;
import vn.boiduong.shared.document.PartyDocumentPdf;
import vn.boiduong.shared.document.SpreadsheetExport;

/**
 * The attendance papers (issue 9): the sign-in sheet of a session (PDF in the Party document format: name,
 * party organization, a signature column) and the attendance summary of a course (.xlsx: one row a learner,
 * one column a session, the totals and the share). Both carry personal data: each export is in the audit
 * log. Papers are in Vietnamese whatever the language of the page.
 */
@Service
public class AttendancePapers {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final CourseService courses;

	private final Roster roster;

	private final AttendanceSheets sheets;

	private final AuditLog audit;

	private final MessageSource messages;

	private final DocumentIssuers issuers;

	AttendancePapers(CourseService courses, Roster roster, AttendanceSheets sheets, AuditLog audit,
			MessageSource messages, DocumentIssuers issuers) {
		this.issuers = issuers;
		this.courses = courses;
		this.roster = roster;
		this.sheets = sheets;
		this.audit = audit;
		this.messages = messages;
	}

	/** A paper's name and content. */
	public record Paper(String name, byte[] content) {
	}

	/** The sign-in sheet of a session: the learners enrolled that day, with room to sign (the export is audited). */
	@Transactional
	public Paper signInSheet(Long courseId, Long sessionId) {
		ClassView course = readable(courseId, sessionId);
		ClassSessionView session = course.session(sessionId).orElseThrow(() -> new NotFoundException("ClassSession", sessionId));
		List<RosterEntry> learners = this.sheets.learnersOf(course, session);
		List<List<String>> rows = new ArrayList<>();
		int n = 1;
		for (RosterEntry e : learners) {
			rows.add(List.of(String.valueOf(n++), e.fullName(), e.partyOrganizationName(), ""));
		}
		// a paper of the teaching institution, in its format and with its name of the day
		DocumentIssuer issuer = this.issuers.issuerOf(course.politicalCentreUnitId(), session.date());
		PartyDocument paper = PartyDocument.builder()
			.issuer(issuer)
			.number("")
			.date(session.date())
			.title(msg("attendance.signIn.title"),
					msg("attendance.signIn.subtitle", course.name(), session.dateText(), session.hours()))
			.add(new Block.Table(List.of(Block.Column.centered(msg("attendance.signIn.number"), 1f),
					Block.Column.of(msg("attendance.signIn.name"), 4f),
					Block.Column.of(msg("attendance.signIn.organization"), 4f),
					Block.Column.centered(msg("attendance.signIn.signature"), 3f)), rows, Block.Table.DEFAULT_FONT_SIZE, 28f))
			.signature("", msg("attendance.signIn.signer"), "")
			.build();
		this.audit.record("ATTENDANCE_SIGN_IN_EXPORTED", AttendanceSheets.AUDIT_TYPE, sessionId, null,
				Map.of("courseId", courseId, "learners", learners.size()));
		return new Paper("Danh sách ký tên " + session.dateText().replace('/', '-') + " - " + course.name(),
				PartyDocumentPdf.render(paper));
	}

	/** The attendance summary of the course: every learner, every session with attendance, totals, share. */
	@Transactional
	public Paper summary(Long courseId) {
		ClassView course = readable(courseId, null);
		List<RosterEntry> learners = this.roster.confirmedLearners(course);
		List<ClassSessionView> sessions = course.attendedSessions();
		Set<Long> taken = this.sheets.sessionsTaken(courseId);
		Map<Long, Map<Long, AttendanceStatus>> marks = new HashMap<>();
		for (Object[] r : this.sheets.rows("""
				select m.class_session_id, m.learner_id, m.status from attendance_mark m
				  join attendance_sheet s on s.class_session_id = m.class_session_id where s.course_id = ?1""", courseId,
				"class_session_id", "learner_id", "status")) {
			marks.computeIfAbsent((Long) r[1], k -> new HashMap<>()).put((Long) r[0], AttendanceStatus.valueOf((String) r[2]));
		}
		Map<Long, AbsenceShare> shares = this.sheets.shares(course, learners);
		List<String> columns = new ArrayList<>(List.of(msg("attendance.signIn.number"), msg("attendance.summary.name"),
				msg("attendance.summary.organization")));
		sessions.forEach(s -> columns.add(s.dateText() + " " + s.hours()));
		columns.addAll(List.of(msg("attendance.summary.absences"), msg("attendance.summary.sessions"),
				msg("attendance.summary.share"), msg("attendance.summary.eligible")));
		SpreadsheetExport.SheetBuilder sheet = SpreadsheetExport.sheet(msg("attendance.summary.sheet"))
			.title(msg("attendance.summary.title", course.name()))
			.columns(columns.toArray(String[]::new));
		int n = 1;
		for (RosterEntry e : learners) {
			List<Object> row = new ArrayList<>(List.of(n++, e.fullName(), e.partyOrganizationName()));
			Map<Long, AttendanceStatus> of = marks.getOrDefault(e.learnerId(), Map.of());
			for (ClassSessionView s : sessions) {
				AttendanceStatus status = of.get(s.id());
				if (!e.attendsOn(s.date())) {
					row.add("–");
				}
				else if (status == null && !taken.contains(s.id())) {
					row.add(null);
				}
				else {
					row.add(msg("attendance.summary.code." + (status == null ? AttendanceStatus.PRESENT : status).name()));
				}
			}
			AbsenceShare share = shares.get(e.learnerId());
			row.addAll(List.of(share.absences(), share.sessions(), share.percent(),
					msg(share.ineligible() ? "attendance.summary.no" : "attendance.summary.yes")));
			sheet.row(row.toArray());
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("learners", learners.size());
		after.put("sessions", sessions.size());
		this.audit.record("ATTENDANCE_SUMMARY_EXPORTED", "Course", courseId, null, after);
		return new Paper("Tổng hợp điểm danh - " + course.name(), SpreadsheetExport.of(sheet.build()).toBytes());
	}

	/** The course, for those who see its learners or mark its sessions (the given one, or any). */
	private ClassView readable(Long courseId, Long sessionId) {
		ClassView course = this.courses.classView(courseId);
		if (this.roster.mayRead(course)) {
			return course;
		}
		List<Long> ids = sessionId != null ? List.of(sessionId)
				: course.attendedSessions().stream().map(ClassSessionView::id).toList();
		for (Long id : ids) {
			if (this.courses.mayAtSession(courseId, id, CourseAction.TAKE_ATTENDANCE)
					|| this.courses.mayAtSession(courseId, id, CourseAction.CORRECT_ATTENDANCE)) {
				return course;
			}
		}
		throw new AccessDeniedException("may not export the attendance of course " + courseId);
	}


	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, VIETNAMESE);
	}

}
