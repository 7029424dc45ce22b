package vn.boiduong.attendance.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.boiduong.attendance.Reflections;
import vn.boiduong.shared.web.Downloads;
import vn.boiduong.shared.web.FormActions;

/**
 * Learners' reflections after a field visit or an experience report: a text or a file per learner. The
 * file is checked by its content (the container lets 20 MB through, so that a file over the 10 MB of a
 * reflection gets its message here instead of a bare 413).
 */
@Controller
@RequestMapping("/courses/{id}/sessions/{sessionId}/reflections")
class ReflectionController {

	private final Reflections reflections;

	private final MessageSource messages;

	ReflectionController(Reflections reflections, MessageSource messages) {
		this.reflections = reflections;
		this.messages = messages;
	}

	record ReflectionForm(Long learnerId, @Size(max = 8000) String text) {
	}

	@GetMapping
	String page(@PathVariable Long id, @PathVariable Long sessionId, Model model) {
		model.addAttribute("p", this.reflections.page(id, sessionId));
		return "attendance/reflections";
	}

	@PostMapping
	String save(@PathVariable Long id, @PathVariable Long sessionId, @Valid @ModelAttribute("form") ReflectionForm form,
			BindingResult result, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		if (!result.hasErrors() && form.learnerId() == null) {
			result.rejectValue("learnerId", "roster.error.learnerRequired");
		}
		if (FormActions.run(result, () -> this.reflections.save(id, sessionId, form.learnerId(), form.text(), name, content))) {
			redirect.addFlashAttribute("success", "reflection.saved");
			return "redirect:/courses/" + id + "/sessions/" + sessionId + "/reflections";
		}
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("errors", result.getAllErrors().stream().map(e -> this.messages.getMessage(e, locale)).toList());
		model.addAttribute("failedLearner", form == null ? null : form.learnerId());
		return page(id, sessionId, model);
	}

	@GetMapping("/{learnerId}/file")
	ResponseEntity<byte[]> file(@PathVariable Long id, @PathVariable Long sessionId, @PathVariable Long learnerId) {
		Reflections.StoredFile file = this.reflections.file(id, sessionId, learnerId);
		return Downloads.file(file.name(), MediaType.parseMediaType(file.contentType()), file.content());
	}

}
