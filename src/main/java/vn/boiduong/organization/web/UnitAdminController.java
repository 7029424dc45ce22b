package vn.boiduong.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
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

import vn.boiduong.organization.DocumentIssuers;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.FormSubmissions;
import vn.boiduong.shared.RuleViolationException;
import vn.boiduong.shared.document.DocumentFormat;
import vn.boiduong.shared.web.FormActions;

/**
 * The administrator's pages for the organization tree: list, create, edit, move, close. A unit is
 * never deleted (DESIGN §5): closing it keeps its history. Only ADMIN reaches /admin/** (security
 * configuration).
 */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

	private final OrgUnitService units;

	private final Clock clock;

	private final FormSubmissions submissions;

	private final DocumentIssuers issuers;

	UnitAdminController(OrgUnitService units, Clock clock, FormSubmissions submissions, DocumentIssuers issuers) {
		this.units = units;
		this.clock = clock;
		this.submissions = submissions;
		this.issuers = issuers;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("units", this.units.tree());
		model.addAttribute("today", this.units.today());
		return "organization/units";
	}

	@GetMapping("/new")
	String newUnit(@RequestParam(required = false) Long parentId, Model model) {
		model.addAttribute("form", UnitForm.forNew(parentId, LocalDate.now(this.clock)));
		model.addAttribute("formToken", this.submissions.issue());
		return newView(model);
	}

	/** The form's one-time token makes the same form sent twice create one unit, not two. */
	@PostMapping
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result,
			@RequestParam(required = false) UUID formToken, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				FormSubmissions.Outcome outcome = this.submissions.once(formToken,
						() -> "/admin/units/" + this.units.create(form.kind(), form.name(), form.shortName(),
								form.parentId(), form.validFrom()).id() + "/edit");
				redirect.addFlashAttribute(outcome.repeated() ? "failure" : "success",
						outcome.repeated() ? "form.alreadySubmitted" : "orgUnit.created");
				return "redirect:" + outcome.result();
			}
			catch (RuleViolationException ex) {
				FormActions.reject(result, ex);
			}
		}
		model.addAttribute("formToken", formToken != null ? formToken : this.submissions.issue());
		return newView(model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		return editView(this.units.get(id), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrgUnitView unit = this.units.get(id);
		if (FormActions.run(result, () -> this.units.update(id, versionOf(form.version()), form.kind(), form.name(), form.shortName(),
					form.validFrom()))) {
			redirect.addFlashAttribute("success", "orgUnit.saved");
			return "redirect:/admin/units/" + id + "/edit";
		}
		return editView(unit, model);
	}

	/** The unit's document profile: how its papers print (issue 8, item 3). */
	@PostMapping("/{id}/profile")
	String saveProfile(@PathVariable Long id, @Valid @ModelAttribute("profileForm") DocumentProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrgUnitView unit = this.units.get(id);
		if (FormActions.run(result, () -> this.issuers.saveProfile(id, form.version(), form.toDetails()))) {
			redirect.addFlashAttribute("success", "orgUnit.profile.saved");
			return "redirect:/admin/units/" + id + "/edit";
		}
		return editView(unit, model);
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable Long id, @Valid @ModelAttribute("moveForm") MoveForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrgUnitView unit = this.units.get(id);
		if (FormActions.run(result, () -> this.units.move(id, versionOf(form.version()), form.parentId()))) {
			redirect.addFlashAttribute("success", "orgUnit.moved");
			return "redirect:/admin/units/" + id + "/edit";
		}
		return editView(unit, model);
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable Long id, @Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrgUnitView unit = this.units.get(id);
		if (FormActions.run(result, () -> this.units.close(id, versionOf(form.version()), form.validTo()))) {
			redirect.addFlashAttribute("success", "orgUnit.closed");
			return "redirect:/admin/units/" + id + "/edit";
		}
		return editView(unit, model);
	}

	private String newView(Model model) {
		model.addAttribute("kinds", OrgUnitKind.values());
		model.addAttribute("parents", this.units.openTree());
		return "organization/new";
	}

	/** The edit page holds four forms; the one that was posted keeps what was typed. */
	private String editView(OrgUnitView unit, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", UnitForm.of(unit));
		}
		if (!model.containsAttribute("profileForm")) {
			model.addAttribute("profileForm", DocumentProfileForm.of(this.issuers.profile(unit.id())));
		}
		model.addAttribute("headerFromTree", this.issuers.headerFromTree(unit.id()));
		model.addAttribute("formats", DocumentFormat.values());
		if (!model.containsAttribute("moveForm")) {
			model.addAttribute("moveForm", MoveForm.of(unit));
		}
		if (!model.containsAttribute("closeForm")) {
			model.addAttribute("closeForm", CloseForm.of(unit, LocalDate.now(this.clock)));
		}
		model.addAttribute("unit", unit);
		model.addAttribute("kinds", OrgUnitKind.values());
		model.addAttribute("parents", this.units.openTree());
		model.addAttribute("children", this.units.children(unit.id()));
		return "organization/edit";
	}

	/** A form without its version cannot prove it saw the latest state: it is treated as outdated. */
	private static long versionOf(Long version) {
		if (version == null) {
			throw new OptimisticLockingFailureException("form without a version");
		}
		return version;
	}

}
