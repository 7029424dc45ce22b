package vn.boiduong.course.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.boiduong.course.CourseService;
import vn.boiduong.shared.RuleViolationException;

/**
 * Opening (khai giảng) and closing (bế giảng) the class, two buttons of the course page; a refusal is told
 * on the course page, in the user's language. Who may is the policy table's answer (403 otherwise).
 */
@Controller
@RequestMapping("/courses/{id}")
class ClassController {

	private final CourseService courses;

	private final MessageSource messages;

	ClassController(CourseService courses, MessageSource messages) {
		this.courses = courses;
		this.messages = messages;
	}

	@PostMapping("/open")
	String open(@PathVariable Long id, RedirectAttributes redirect) {
		return perform(id, () -> this.courses.openClass(id), "course.opened", redirect);
	}

	@PostMapping("/close")
	String close(@PathVariable Long id, RedirectAttributes redirect) {
		return perform(id, () -> this.courses.closeClass(id), "course.closed", redirect);
	}

	private String perform(Long id, Runnable step, String success, RedirectAttributes redirect) {
		try {
			step.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("refusal",
					this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/courses/" + id;
	}

}
