package vn.boiduong.learner.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.boiduong.course.CourseAction;
import vn.boiduong.course.CourseStatusException;
import vn.boiduong.learner.LearnerRegistry;
import vn.boiduong.learner.Roster;
import vn.boiduong.learner.RosterPapers;
import vn.boiduong.shared.RuleViolationException;
import vn.boiduong.shared.web.Downloads;
import vn.boiduong.shared.web.FormActions;

/**
 * The roster of a course (issue 9): the organization board finds learners in the registry and proposes
 * them (or imports a list for the course), the political centre confirms them or removes one with a reason.
 * A proposal sent twice enrols once (the roster's unique row), the second is told so.
 */
@Controller
@RequestMapping("/courses/{id}/roster")
class RosterController {

	private static final int FOUND = 20;

	private final Roster roster;

	private final LearnerRegistry registry;

	private final MessageSource messages;

	private final RosterPapers papers;

	RosterController(Roster roster, LearnerRegistry registry, MessageSource messages, RosterPapers papers) {
		this.papers = papers;
		this.roster = roster;
		this.registry = registry;
		this.messages = messages;
	}

	record ProposeForm(@NotNull(message = "{roster.error.learnerRequired}") Long learnerId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate attendsFrom) {
	}

	record RemoveForm(Long learnerId, @Size(max = 2000) String reason) {
	}

	/** The list of confirmed learners, as the teaching institution's paper (the export is audited). */
	@GetMapping("/learners.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id) {
		RosterPapers.Paper paper = this.papers.pdf(id);
		return Downloads.pdf(paper.name(), paper.content());
	}

	/** The list of confirmed learners as a workbook (the export is audited). */
	@GetMapping("/learners.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable Long id) {
		RosterPapers.Paper paper = this.papers.xlsx(id);
		return Downloads.xlsx(paper.name(), paper.content());
	}

	@GetMapping
	String page(@PathVariable Long id, @RequestParam(name = "q", required = false) String q, Model model) {
		return render(id, q, model);
	}

	@PostMapping("/propose")
	String propose(@PathVariable Long id, @Valid @ModelAttribute("proposeForm") ProposeForm form, BindingResult result,
			@RequestParam(name = "q", required = false) String q, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (run(result, response, () -> this.roster.propose(id, form.learnerId(), form.attendsFrom()))) {
			redirect.addFlashAttribute("success", "roster.proposed");
			redirect.addAttribute("q", q == null ? "" : q);
			return "redirect:/courses/" + id + "/roster";
		}
		showErrors(result, model);
		return render(id, q, model);
	}

	@PostMapping("/confirm")
	String confirm(@PathVariable Long id, RedirectAttributes redirect) {
		int confirmed = this.roster.confirm(id);
		redirect.addFlashAttribute("confirmedCount", confirmed);
		return "redirect:/courses/" + id + "/roster";
	}

	@PostMapping("/remove")
	String remove(@PathVariable Long id, @Valid @ModelAttribute("removeForm") RemoveForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors() && (form.reason() == null || form.reason().isBlank()) && !result.hasFieldErrors("reason")) {
			result.rejectValue("reason", "roster.error.reasonRequired");
		}
		if (run(result, response, () -> this.roster.remove(id, form.learnerId(), form.reason()))) {
			redirect.addFlashAttribute("success", "roster.removed");
			return "redirect:/courses/" + id + "/roster";
		}
		showErrors(result, model);
		return render(id, null, model);
	}

	/** The messages of a refused form, shown above the roster (a form of a row may not even have been built). */
	private void showErrors(BindingResult result, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("rosterErrors",
				result.getAllErrors().stream().map(e -> this.messages.getMessage(e, locale)).toList());
	}

	private static boolean run(BindingResult result, HttpServletResponse response, Runnable action) {
		if (result.hasErrors()) {
			return false;
		}
		try {
			action.run();
			return true;
		}
		catch (RuleViolationException ex) {
			if (ex instanceof CourseStatusException) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			FormActions.reject(result, ex);
			return false;
		}
	}

	private String render(Long id, String q, Model model) {
		Roster.RosterPage page = this.roster.page(id);
		String text = q == null ? "" : q.strip();
		model.addAttribute("r", page);
		model.addAttribute("q", text);
		if (page.course().may(CourseAction.PROPOSE_LEARNERS) && !text.isEmpty()) {
			model.addAttribute("found", this.registry.search(text, 0, FOUND).items());
		}
		return "learner/roster";
	}

}
