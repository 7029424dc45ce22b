package vn.boiduong.course.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.ClassView;
import vn.boiduong.course.CourseAction;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseStatusException;
import vn.boiduong.course.PartOfDay;
import vn.boiduong.course.SessionChange;
import vn.boiduong.shared.RuleViolationException;
import vn.boiduong.shared.web.FormActions;

/**
 * After approval the centre changes a session's day and hours, room or teacher, with a reason (DESIGN §2);
 * a stale form (someone changed the course since) is told so, never silently applied.
 */
@Controller
@RequestMapping("/courses/{courseId}/sessions/{sessionId}/change")
class SessionChangeController {

	private final CourseService courses;

	SessionChangeController(CourseService courses) {
		this.courses = courses;
	}

	record ChangeForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, PartOfDay partOfDay,
			@DateTimeFormat(pattern = "HH:mm") LocalTime startTime, @DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
			@Size(max = 500) String place, Long lecturerUserId, @Size(max = 200) String guestSpeakerName,
			@Size(max = 2000) String reason, Long version) {
	}

	@GetMapping
	String form(@PathVariable Long courseId, @PathVariable Long sessionId, Model model) {
		ClassView course = this.courses.require(courseId, CourseAction.CHANGE_SESSION);
		ClassSessionView s = this.courses.session(courseId, sessionId);
		model.addAttribute("form", new ChangeForm(s.date(), s.partOfDay(), s.partOfDay() == null ? s.startTime() : null,
				s.partOfDay() == null ? s.endTime() : null, s.place(), s.lecturerUserId(), s.guestSpeakerName(), "",
				this.courses.get(courseId).version()));
		return render(course, s, model);
	}

	@PostMapping
	String change(@PathVariable Long courseId, @PathVariable Long sessionId, @Valid @ModelAttribute("form") ChangeForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ClassSessionView s = this.courses.session(courseId, sessionId);
		if (!result.hasErrors() && (form.reason() == null || form.reason().isBlank())) {
			result.rejectValue("reason", "course.error.reasonRequired");
		}
		if (!result.hasErrors()) {
			try {
				this.courses.changeSession(courseId, sessionId, form.version() == null ? -1 : form.version(),
						new SessionChange(form.date(), form.partOfDay(), form.startTime(), form.endTime(), form.place(),
								form.lecturerUserId(), form.guestSpeakerName()), form.reason());
				redirect.addFlashAttribute("success", "course.session.changed");
				return "redirect:/courses/" + courseId + "#timeline";
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				result.reject("course.conflict");
			}
			catch (RuleViolationException ex) {
				if (ex instanceof CourseStatusException) {
					response.setStatus(HttpServletResponse.SC_CONFLICT);
				}
				FormActions.reject(result, ex);
			}
		}
		return render(this.courses.classView(courseId), s, model);
	}

	private String render(ClassView course, ClassSessionView session, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("classSession", session);
		model.addAttribute("partsOfDay", PartOfDay.values());
		model.addAttribute("options", this.courses.sessionOptions(course.id()));
		return "course/session-change";
	}

}
