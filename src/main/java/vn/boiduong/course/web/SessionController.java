package vn.boiduong.course.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.boiduong.course.CourseAction;
import vn.boiduong.course.CoursePage;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseStatusException;
import vn.boiduong.course.CourseView;
import vn.boiduong.course.Delivery;
import vn.boiduong.course.PartOfDay;
import vn.boiduong.course.SessionKind;
import vn.boiduong.shared.FormSubmissions;
import vn.boiduong.shared.RuleViolationException;
import vn.boiduong.shared.web.FormActions;

/** Adding, changing and removing the sessions of a draft timetable. */
@Controller
@RequestMapping("/courses/{courseId}/sessions")
class SessionController {

	private final CourseService courses;

	private final FormSubmissions submissions;

	SessionController(CourseService courses, FormSubmissions submissions) {
		this.courses = courses;
		this.submissions = submissions;
	}

	@GetMapping("/new")
	String newForm(@PathVariable Long courseId, Model model, RedirectAttributes redirect) {
		CoursePage page = this.courses.page(courseId);
		if (!page.may(CourseAction.EDIT)) {
			redirect.addFlashAttribute("failure", "course.error.actionNotAvailable");
			return "redirect:/courses/" + courseId;
		}
		CourseView c = page.course();
		model.addAttribute("form", SessionForm.empty(c.plannedOpening(), c.delivery(), c.venue(), c.version()));
		model.addAttribute("formToken", this.submissions.issue());
		return form(model, courseId, null);
	}

	/** The form's one-time token makes the same form sent twice add one session, not two. */
	@PostMapping
	String add(@PathVariable Long courseId, @Valid @ModelAttribute("form") SessionForm form, BindingResult result,
			@RequestParam(required = false) UUID formToken, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		this.courses.get(courseId);
		if (!result.hasErrors()) {
			try {
				FormSubmissions.Outcome outcome = this.submissions.once(formToken, () -> {
					this.courses.addSession(courseId, form.toDetails());
					return "/courses/" + courseId + "#timetable";
				});
				redirect.addFlashAttribute(outcome.repeated() ? "failure" : "success",
						outcome.repeated() ? "form.alreadySubmitted" : "course.session.added");
				return "redirect:" + outcome.result();
			}
			catch (RuleViolationException ex) {
				refuse(result, ex, response);
			}
		}
		model.addAttribute("formToken", formToken != null ? formToken : this.submissions.issue());
		return form(model, courseId, null);
	}

	@GetMapping("/{sessionId}/edit")
	String editForm(@PathVariable Long courseId, @PathVariable Long sessionId, Model model,
			RedirectAttributes redirect) {
		CoursePage page = this.courses.page(courseId);
		if (!page.may(CourseAction.EDIT)) {
			redirect.addFlashAttribute("failure", "course.error.actionNotAvailable");
			return "redirect:/courses/" + courseId;
		}
		model.addAttribute("form", SessionForm.of(this.courses.session(courseId, sessionId), page.course().version()));
		return form(model, courseId, sessionId);
	}

	@PostMapping("/{sessionId}")
	String edit(@PathVariable Long courseId, @PathVariable Long sessionId,
			@Valid @ModelAttribute("form") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.courses.session(courseId, sessionId);
		if (!result.hasErrors()) {
			try {
				this.courses.editSession(courseId, sessionId, form.version() == null ? -1 : form.version(),
						form.toDetails());
				redirect.addFlashAttribute("success", "course.session.saved");
				return "redirect:/courses/" + courseId + "#timetable";
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				result.reject("course.conflict");
			}
			catch (RuleViolationException ex) {
				refuse(result, ex, response);
			}
		}
		return form(model, courseId, sessionId);
	}

	@PostMapping("/{sessionId}/delete")
	String delete(@PathVariable Long courseId, @PathVariable Long sessionId, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.courses.removeSession(courseId, sessionId);
			redirect.addFlashAttribute("success", "course.session.removed");
		}
		catch (CourseStatusException ex) {
			redirect.addFlashAttribute("failure", "course.error.actionNotAvailable");
		}
		return "redirect:/courses/" + courseId + "#timetable";
	}

	private static void refuse(BindingResult result, RuleViolationException ex, HttpServletResponse response) {
		if (ex instanceof CourseStatusException) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		FormActions.reject(result, ex);
	}

	private String form(Model model, Long courseId, Long sessionId) {
		model.addAttribute("course", this.courses.get(courseId));
		model.addAttribute("sessionId", sessionId);
		model.addAttribute("options", this.courses.sessionOptions(courseId));
		model.addAttribute("partsOfDay", PartOfDay.values());
		model.addAttribute("kinds", SessionKind.values());
		model.addAttribute("deliveries", Delivery.values());
		return "course/session-form";
	}

}
