package vn.boiduong.learner.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.boiduong.learner.LearnerImports;
import vn.boiduong.learner.LearnerRegistry;
import vn.boiduong.learner.LearnerSheet;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.web.Downloads;

/** The learner registry: the list with its search, and importing a learner list from a spreadsheet. */
@Controller
class LearnerController {

	private static final int PAGE_SIZE = 30;

	private final LearnerRegistry registry;

	private final LearnerImports imports;

	LearnerController(LearnerRegistry registry, LearnerImports imports) {
		this.registry = registry;
		this.imports = imports;
	}

	@GetMapping("/learners")
	String list(@RequestParam(name = "q", required = false) String q, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String text = q == null ? "" : q.strip();
		model.addAttribute("q", text);
		model.addAttribute("page", this.registry.search(text, page, PAGE_SIZE));
		model.addAttribute("mayImport", !this.imports.committees().isEmpty());
		return "learner/list";
	}

	/** The import page; with {@code course}, the list also proposes its learners for that course's roster. */
	@GetMapping("/learners/import")
	String importForm(@RequestParam(name = "course", required = false) Long courseId, Model model) {
		model.addAttribute("course", courseId);
		return importPage(model, null, List.of());
	}

	@GetMapping("/learners/import/template")
	ResponseEntity<byte[]> template(@RequestParam("unit") Long unitId) {
		return Downloads.xlsx("Mẫu danh sách học viên", this.imports.template(unitId));
	}

	@PostMapping("/learners/import")
	String upload(@RequestParam("unit") Long unitId, @RequestParam(name = "course", required = false) Long courseId,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		byte[] content = file == null ? new byte[0] : file.getBytes();
		LearnerImports.Upload upload = this.imports.upload(unitId, courseId,
				file == null ? null : file.getOriginalFilename(), content);
		if (upload.id() == null) {
			model.addAttribute("course", courseId);
			return importPage(model, unitId, upload.problems());
		}
		return "redirect:/learners/import/" + upload.id();
	}

	@GetMapping("/learners/import/{id}")
	String preview(@PathVariable UUID id, Model model) {
		model.addAttribute("preview", this.imports.preview(id));
		return "learner/preview";
	}

	@PostMapping("/learners/import/{id}")
	String confirm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		LearnerImports.Preview preview = this.imports.preview(id);
		boolean already = preview.confirmed();
		List<LearnerSheet.Problem> problems = this.imports.confirm(id);
		if (!problems.isEmpty()) {
			model.addAttribute("course", preview.courseId());
			return importPage(model, preview.unitId(), problems);
		}
		if (already) {
			redirect.addFlashAttribute("success", "learner.import.alreadyDone");
		}
		else {
			redirect.addFlashAttribute("imported", List.of(preview.newCount(), preview.matchedCount()));
		}
		return preview.courseId() != null ? "redirect:/courses/" + preview.courseId() + "/roster" : "redirect:/learners";
	}

	private String importPage(Model model, Long unitId, List<LearnerSheet.Problem> problems) {
		List<OrgUnitView> committees = this.imports.committees();
		if (committees.isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException("may not import learners");
		}
		model.addAttribute("committees", committees);
		model.addAttribute("unit", unitId != null ? unitId : committees.get(0).id());
		model.addAttribute("problems", problems);
		model.addAttribute("columns", LearnerSheet.Column.values());
		model.addAttribute("maxRows", LearnerSheet.MAX_ROWS);
		return "learner/import";
	}

}
