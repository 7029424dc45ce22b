package vn.boiduong.course.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.boiduong.course.CourseAction;
import vn.boiduong.course.CoursePage;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseStatusException;
import vn.boiduong.course.OpeningDecisionDraft;
import vn.boiduong.course.OpinionAlreadyGivenException;
import vn.boiduong.course.Verdict;
import vn.boiduong.course.web.TransitionForms.DecisionForm;
import vn.boiduong.course.web.TransitionForms.OpinionForm;
import vn.boiduong.course.web.TransitionForms.ReasonForm;
import vn.boiduong.course.web.TransitionForms.SubmitForm;
import vn.boiduong.shared.RuleViolationException;
import vn.boiduong.shared.web.FormActions;

/**
 * The steps of the plan's workflow, each a small form: send for opinions, give an opinion, approve
 * with the opening decision, return, cancel. The service decides who may; a step in the wrong status
 * is answered 409 with the rule on the form.
 */
@Controller
@RequestMapping("/courses/{id}")
class WorkflowController {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final CourseService courses;

	private final OpeningDecisionDraft decisionDraft;

	private final MessageSource messages;

	WorkflowController(CourseService courses, OpeningDecisionDraft decisionDraft, MessageSource messages) {
		this.courses = courses;
		this.decisionDraft = decisionDraft;
		this.messages = messages;
	}

	// ---- send for opinions ----------------------------------------------------------------------

	@GetMapping("/submit")
	String submitForm(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		return show(id, "submit", new SubmitForm(""), model, redirect, CourseAction.SUBMIT);
	}

	@PostMapping("/submit")
	String submit(@PathVariable Long id, @Valid @ModelAttribute("form") SubmitForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return perform(id, "submit", result, model, redirect, response,
				() -> this.courses.submitForReview(id, form.comment()), "course.submitted");
	}

	// ---- opinions -------------------------------------------------------------------------------

	@GetMapping("/opinion")
	String opinionForm(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		return show(id, "opinion", new OpinionForm(null, null, ""), model, redirect, CourseAction.GIVE_OPINION);
	}

	/** A double click or a resent form counts once: the second is told the opinion is already recorded. */
	@PostMapping("/opinion")
	String opinion(@PathVariable Long id, @Valid @ModelAttribute("form") OpinionForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.check(result);
		if (!result.hasErrors()) {
			try {
				this.courses.recordConcurrence(id, form.body(), form.verdict(), form.comment());
				return done(id, "course.opinion.recorded", redirect);
			}
			catch (OpinionAlreadyGivenException | DataIntegrityViolationException
					| OptimisticLockingFailureException ex) {
				redirect.addFlashAttribute("failure", "course.opinion.alreadyRecorded");
				return "redirect:/courses/" + id;
			}
			catch (RuleViolationException ex) {
				refuse(result, ex, response);
			}
		}
		return render(id, "opinion", model);
	}

	// ---- the committee's decision ---------------------------------------------------------------

	@GetMapping("/approve")
	String approveForm(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		OpeningDecisionDraft.Draft draft = this.decisionDraft.forCurrentUser();
		String title = draft.signerTitle() != null ? draft.signerTitle()
				// the title goes into a Vietnamese paper whatever the language of the page
				: this.messages.getMessage("course.decision.defaultTitle",
						new Object[] { this.courses.get(id).organizingUnitName() }, VIETNAMESE);
		return show(id, "approve", new DecisionForm("", draft.date(), draft.signerName(), title), model, redirect,
				CourseAction.APPROVE);
	}

	@PostMapping("/approve")
	String approve(@PathVariable Long id, @Valid @ModelAttribute("form") DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.check(result);
		return perform(id, "approve", result, model, redirect, response, () -> this.courses.approve(id, form.number(),
				form.date(), form.signerName(), form.signerTitle()), "course.approved");
	}

	@GetMapping("/reject")
	String rejectForm(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		return show(id, "reject", new ReasonForm(""), model, redirect, CourseAction.REJECT);
	}

	@PostMapping("/reject")
	String reject(@PathVariable Long id, @Valid @ModelAttribute("form") ReasonForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.check(result);
		return perform(id, "reject", result, model, redirect, response, () -> this.courses.reject(id, form.reason()),
				"course.rejected");
	}

	// ---- cancel ---------------------------------------------------------------------------------

	@GetMapping("/cancel")
	String cancelForm(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		return show(id, "cancel", new ReasonForm(""), model, redirect, CourseAction.CANCEL);
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable Long id, @Valid @ModelAttribute("form") ReasonForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.check(result);
		return perform(id, "cancel", result, model, redirect, response, () -> this.courses.cancel(id, form.reason()),
				"course.cancelled");
	}

	// ---- helpers --------------------------------------------------------------------------------

	private String show(Long id, String step, Object form, Model model, RedirectAttributes redirect,
			CourseAction... needed) {
		CoursePage page = this.courses.page(id);
		if (Arrays.stream(needed).noneMatch(page::may)) {
			redirect.addFlashAttribute("failure", "course.error.actionNotAvailable");
			return "redirect:/courses/" + id;
		}
		model.addAttribute("form", form);
		return render(page, step, model);
	}

	/**
	 * Runs one step of the workflow when the form is valid; a broken rule goes back onto the form (409
	 * when the course is in the wrong status). The course is read first, so an unknown id is a 404 and
	 * another district a 403 even when the form is invalid.
	 */
	private String perform(Long id, String step, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Runnable transition, String successKey) {
		this.courses.get(id);
		if (!result.hasErrors()) {
			try {
				transition.run();
				return done(id, successKey, redirect);
			}
			catch (RuleViolationException ex) {
				refuse(result, ex, response);
			}
		}
		return render(id, step, model);
	}

	private String render(Long id, String step, Model model) {
		return render(this.courses.page(id), step, model);
	}

	private String render(CoursePage page, String step, Model model) {
		model.addAttribute("p", page);
		model.addAttribute("step", step);
		model.addAttribute("bodies", page.bodiesToSpeak());
		model.addAttribute("verdicts", Verdict.values());
		return "course/step";
	}

	private static String done(Long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", message);
		return "redirect:/courses/" + id;
	}

	private static void refuse(BindingResult result, RuleViolationException ex, HttpServletResponse response) {
		if (ex instanceof CourseStatusException) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		FormActions.reject(result, ex);
	}

}
