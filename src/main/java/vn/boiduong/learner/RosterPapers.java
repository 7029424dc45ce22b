package vn.boiduong.learner;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.course.ClassView;
import vn.boiduong.course.CourseService;
import vn.boiduong.organization.DocumentIssuers;
import vn.boiduong.shared.document.Block;
import vn.boiduong.shared.document.DocumentIssuer;
import vn.boiduong.shared.document.PartyDocument;
import vn.boiduong.shared.document.PartyDocumentPdf;
import vn.boiduong.shared.document.SpreadsheetExport;

/**
 * The roster papers of a course (issue 9): the list of its confirmed learners as a paper of the teaching
 * institution, in that institution's format (the Party format for a district's political centre, the state
 * format of NĐ 30/2020 for the provincial school), and as a workbook. Names in Vietnamese order. Both carry
 * personal data: each export is written to the audit log. Papers are in Vietnamese whatever the page's language.
 */
@Service
public class RosterPapers {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CourseService courses;

	private final Roster roster;

	private final DocumentIssuers issuers;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	RosterPapers(CourseService courses, Roster roster, DocumentIssuers issuers, AuditLog audit, MessageSource messages,
			Clock clock) {
		this.courses = courses;
		this.roster = roster;
		this.issuers = issuers;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** A paper's name and content. */
	public record Paper(String name, byte[] content) {
	}

	/** The list of learners as a paper of the teaching institution (PDF). */
	@Transactional
	public Paper pdf(Long courseId) {
		ClassView course = readable(courseId);
		List<RosterEntry> learners = this.roster.confirmedLearners(course);
		LocalDate today = LocalDate.now(this.clock.withZone(VIETNAM));
		DocumentIssuer issuer = this.issuers.issuerOf(course.politicalCentreUnitId(), today);
		List<List<String>> rows = new ArrayList<>();
		int n = 1;
		for (RosterEntry e : learners) {
			rows.add(List.of(String.valueOf(n++), e.fullName(), birthYear(e), msg(e.gender().messageKey()),
					msg(e.position().messageKey()), e.partyOrganizationName(),
					e.attendsFrom() == null ? "" : msg("roster.paper.from", DAY.format(e.attendsFrom()))));
		}
		PartyDocument paper = PartyDocument.builder()
			.issuer(issuer)
			.number(issuer.numberLine("DS"))
			.date(today)
			.title(msg("roster.paper.title"), msg("roster.paper.subtitle", course.name(), learners.size()))
			.add(new Block.Table(List.of(Block.Column.centered(msg("roster.paper.number"), 1f),
					Block.Column.of(msg("roster.paper.name"), 4f), Block.Column.centered(msg("roster.paper.born"), 1.6f),
					Block.Column.centered(msg("roster.paper.gender"), 1.3f), Block.Column.of(msg("roster.paper.position"), 3f),
					Block.Column.of(msg("roster.paper.organization"), 4f), Block.Column.of(msg("roster.paper.note"), 2.2f)),
					rows, 10f, 0f))
			.signature(issuer.signature(false, null))
			.build();
		exported(courseId, learners.size(), "pdf");
		return new Paper(msg("roster.paper.file", course.name()), PartyDocumentPdf.render(paper));
	}

	/** The list of learners as a workbook: one row a learner, in Vietnamese name order. */
	@Transactional
	public Paper xlsx(Long courseId) {
		ClassView course = readable(courseId);
		List<RosterEntry> learners = this.roster.confirmedLearners(course);
		SpreadsheetExport.SheetBuilder sheet = SpreadsheetExport.sheet(msg("roster.paper.sheet"))
			.title(msg("roster.paper.subtitle", course.name(), learners.size()))
			.columns(msg("roster.paper.number"), msg("roster.paper.name"), msg("roster.paper.birthDate"),
					msg("roster.paper.gender"), msg("roster.paper.position"), msg("roster.paper.organization"),
					msg("roster.paper.attendsFrom"));
		int n = 1;
		for (RosterEntry e : learners) {
			sheet.row(n++, e.fullName(), e.birthDate() == null ? "" : DAY.format(e.birthDate()),
					label(e.gender() == null ? null : e.gender().messageKey()), label(e.position() == null ? null : e.position().messageKey()), e.partyOrganizationName(),
					e.attendsFrom() == null ? "" : DAY.format(e.attendsFrom()));
		}
		exported(courseId, learners.size(), "xlsx");
		return new Paper(msg("roster.paper.file", course.name()), SpreadsheetExport.of(sheet.build()).toBytes());
	}

	private ClassView readable(Long courseId) {
		ClassView course = this.courses.classView(courseId);
		if (!this.roster.mayRead(course)) {
			throw new AccessDeniedException("may not export the learners of course " + courseId);
		}
		return course;
	}

	private void exported(Long courseId, int learners, String format) {
		this.audit.record("ROSTER_EXPORTED", "Course", courseId, null, Map.of("learners", learners, "format", format));
	}

	private static String birthYear(RosterEntry e) {
		return e.birthDate() == null ? "" : String.valueOf(e.birthDate().getYear());
	}

	private String label(String key) {
		return key == null ? "" : msg(key);
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, VIETNAMESE);
	}

}
