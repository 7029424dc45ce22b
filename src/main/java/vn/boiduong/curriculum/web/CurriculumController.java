package vn.boiduong.curriculum.web;

import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.stream.Collectors;

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

import vn.boiduong.curriculum.CurriculumService;
import vn.boiduong.curriculum.ElectiveTopicView;
import vn.boiduong.curriculum.ProgramView;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.FormSubmissions;
import vn.boiduong.shared.RuleViolationException;
import vn.boiduong.shared.web.FormActions;

/**
 * The curriculum for everyone signed in; local elective topics for the provincial propaganda board.
 * The compulsory lessons have no form: they are the guidance's text.
 */
@Controller
@RequestMapping("/curriculum")
class CurriculumController {

	private final CurriculumService curriculum;

	private final FormSubmissions submissions;

	CurriculumController(CurriculumService curriculum, FormSubmissions submissions) {
		this.curriculum = curriculum;
		this.submissions = submissions;
	}

	@GetMapping
	String show(@RequestParam(required = false) Long program, Model model) {
		ProgramView shown = (program == null) ? this.curriculum.currentProgram() : this.curriculum.program(program);
		List<OrgUnitView> provinces = this.curriculum.provincesOfCurrentUser();
		List<OrgUnitView> managed = this.curriculum.provincesManagedByCurrentUser();
		List<ElectiveTopicView> topics = this.curriculum.electiveTopics(shown.id(),
				provinces.stream().map(OrgUnitView::id).toList());
		Map<Long, String> provinceNames = provinces.stream()
			.collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::name, (a, b) -> a));
		model.addAttribute("program", shown);
		model.addAttribute("programs", this.curriculum.programs());
		model.addAttribute("lessons", this.curriculum.lessons(shown.id()));
		model.addAttribute("nationalTopics", topics.stream().filter(ElectiveTopicView::national).toList());
		model.addAttribute("localTopics", topics.stream().filter(t -> !t.national()).toList());
		model.addAttribute("provinceNames", provinceNames);
		model.addAttribute("managedProvinceIds",
				managed.stream().map(OrgUnitView::id).collect(Collectors.toSet()));
		model.addAttribute("canManage", !managed.isEmpty() && shown.current());
		return "curriculum/show";
	}

	@GetMapping("/electives/new")
	String newTopic(Model model) {
		List<OrgUnitView> managed = requireManagedProvinces();
		model.addAttribute("form", new ElectiveTopicForm(managed.get(0).id(), "", "", 0));
		model.addAttribute("formToken", this.submissions.issue());
		return topicForm(model, null);
	}

	/** The form's one-time token makes the same form sent twice add one topic, not two. */
	@PostMapping("/electives/new")
	String addTopic(@Valid @ModelAttribute("form") ElectiveTopicForm form, BindingResult result,
			@RequestParam(required = false) UUID formToken, Model model, RedirectAttributes redirect) {
		model.addAttribute("formToken", formToken != null ? formToken : this.submissions.issue());
		if (result.hasErrors()) {
			return topicForm(model, null);
		}
		FormSubmissions.Outcome outcome;
		try {
			outcome = this.submissions.once(formToken, () -> {
				this.curriculum.addLocalTopic(this.curriculum.currentProgram().id(), form.provinceUnitId(),
						form.title(), form.description());
				return "/curriculum";
			});
		}
		catch (RuleViolationException ex) {
			FormActions.reject(result, ex);
			return topicForm(model, null);
		}
		redirect.addFlashAttribute(outcome.repeated() ? "failure" : "success",
				outcome.repeated() ? "form.alreadySubmitted" : "elective.added");
		return "redirect:" + outcome.result();
	}

	@GetMapping("/electives/{id}/edit")
	String editTopic(@PathVariable Long id, Model model) {
		ElectiveTopicView topic = this.curriculum.localTopicForChange(id);
		model.addAttribute("form", new ElectiveTopicForm(topic.provinceUnitId(), topic.title(),
				topic.description(), topic.version()));
		return topicForm(model, topic);
	}

	@PostMapping("/electives/{id}/edit")
	String saveTopic(@PathVariable Long id, @Valid @ModelAttribute("form") ElectiveTopicForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ElectiveTopicView topic = this.curriculum.localTopicForChange(id);
		if (result.hasErrors()) {
			return topicForm(model, topic);
		}
		try {
			this.curriculum.editLocalTopic(id, form.version(), form.title(), form.description());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("error.conflict");
			return topicForm(model, topic);
		}
		catch (RuleViolationException ex) {
			FormActions.reject(result, ex);
			return topicForm(model, topic);
		}
		redirect.addFlashAttribute("success", "elective.saved");
		return "redirect:/curriculum";
	}

	@PostMapping("/electives/{id}/retire")
	String retire(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		return change(() -> this.curriculum.retireLocalTopic(id, version), "elective.retired", redirect);
	}

	@PostMapping("/electives/{id}/restore")
	String restore(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		return change(() -> this.curriculum.restoreLocalTopic(id, version), "elective.restored", redirect);
	}

	private String change(Runnable action, String successKey, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("success", successKey);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("failure", "error.conflict");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("failure", ex.getMessageKey());
		}
		return "redirect:/curriculum";
	}

	private String topicForm(Model model, ElectiveTopicView topic) {
		model.addAttribute("topic", topic);
		model.addAttribute("provinces", requireManagedProvinces());
		return "curriculum/elective-form";
	}

	private List<OrgUnitView> requireManagedProvinces() {
		List<OrgUnitView> managed = this.curriculum.provincesManagedByCurrentUser();
		if (managed.isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException("not provincial propaganda staff");
		}
		return managed;
	}

}
