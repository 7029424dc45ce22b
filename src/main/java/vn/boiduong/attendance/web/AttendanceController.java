package vn.boiduong.attendance.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.boiduong.attendance.AttendanceOverview;
import vn.boiduong.attendance.AttendancePapers;
import vn.boiduong.attendance.AttendanceSheets;
import vn.boiduong.attendance.AttendanceStatus;
import vn.boiduong.attendance.SheetPage;
import vn.boiduong.attendance.SheetSave;
import vn.boiduong.attendance.SheetSaved;
import vn.boiduong.course.CourseStatusException;
import vn.boiduong.shared.RuleViolationException;
import vn.boiduong.shared.web.Downloads;

/**
 * The attendance pages: the sessions of a course with their sheets, and the sheet of one session made for
 * a phone in the room. Marks are saved by the page's script ({@code /js/attendance.js}) one small JSON
 * request at a time; a refusal answers with its message in the user's language (409 for the course's
 * status, 422 for a broken rule).
 */
@Controller
@RequestMapping("/courses/{id}")
class AttendanceController {

	private final AttendanceSheets sheets;

	private final AttendanceOverview overview;

	private final AttendancePapers papers;

	private final MessageSource messages;

	AttendanceController(AttendanceSheets sheets, AttendanceOverview overview, AttendancePapers papers,
			MessageSource messages) {
		this.sheets = sheets;
		this.overview = overview;
		this.papers = papers;
		this.messages = messages;
	}

	@GetMapping("/sessions/{sessionId}/sign-in.pdf")
	ResponseEntity<byte[]> signIn(@PathVariable Long id, @PathVariable Long sessionId) {
		AttendancePapers.Paper paper = this.papers.signInSheet(id, sessionId);
		return Downloads.pdf(paper.name(), paper.content());
	}

	@GetMapping("/attendance.xlsx")
	ResponseEntity<byte[]> summary(@PathVariable Long id) {
		AttendancePapers.Paper paper = this.papers.summary(id);
		return Downloads.xlsx(paper.name(), paper.content());
	}

	@GetMapping("/attendance")
	String overview(@PathVariable Long id, Model model) {
		model.addAttribute("o", this.overview.of(id));
		return "attendance/overview";
	}

	@GetMapping("/sessions/{sessionId}/attendance")
	String sheet(@PathVariable Long id, @PathVariable Long sessionId, Model model) {
		SheetPage page = this.sheets.sheet(id, sessionId);
		model.addAttribute("s", page);
		model.addAttribute("statuses", AttendanceStatus.values());
		// each status's label looked up once, not once a learner (DESIGN §8: the page of 250 learners)
		Locale locale = LocaleContextHolder.getLocale();
		Map<AttendanceStatus, String> labels = new EnumMap<>(AttendanceStatus.class);
		for (AttendanceStatus status : AttendanceStatus.values()) {
			labels.put(status, this.messages.getMessage(status.messageKey(), null, locale));
		}
		model.addAttribute("statusLabels", labels);
		model.addAttribute("rows", SheetRows.html(page.rows(), labels,
				this.messages.getMessage("attendance.remark", null, locale)));
		return "attendance/take";
	}

	@PostMapping(path = "/sessions/{sessionId}/attendance", consumes = "application/json", produces = "application/json")
	ResponseEntity<Object> save(@PathVariable Long id, @PathVariable Long sessionId, @RequestBody SheetSave save) {
		try {
			SheetSaved saved = this.sheets.save(id, sessionId, save);
			return ResponseEntity.ok(saved);
		}
		catch (RuleViolationException ex) {
			Locale locale = LocaleContextHolder.getLocale();
			HttpStatus status = ex instanceof CourseStatusException ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
			return ResponseEntity.status(status)
				.body(Map.of("message", this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale)));
		}
	}

}
