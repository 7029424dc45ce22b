package vn.boiduong.organization.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.boiduong.organization.OrgTree;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.organization.ReorganizationRejected;
import vn.boiduong.organization.Reorganizations;
import vn.boiduong.shared.RuleViolationException;
import vn.boiduong.shared.web.FormActions;

/**
 * The administrator's reorganization page (issue 8): on a day, close units, name their successors (or
 * describe new ones), and choose what moves to them. Only ADMIN reaches /admin/** (security
 * configuration). Without scripts: "add a row" posts the form back, as typed, with one more row.
 */
@Controller
@RequestMapping("/admin/units/reorganize")
class ReorganizeController {

	private final Reorganizations reorganizations;

	private final OrgUnitService units;

	ReorganizeController(Reorganizations reorganizations, OrgUnitService units) {
		this.reorganizations = reorganizations;
		this.units = units;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form",
				ReorganizeForm.blank(this.reorganizations.today(), this.units.currentTree().version()));
		return view(model);
	}

	@PostMapping
	String reorganize(@Valid @ModelAttribute("form") ReorganizeForm form, BindingResult result,
			@RequestParam(required = false) String addRow, Model model, RedirectAttributes redirect) {
		if (addRow != null) {
			form.getClosures().add(new ReorganizeForm.Row());
			return view(model);
		}
		if (!result.hasErrors()) {
			try {
				Reorganizations.Outcome outcome = this.reorganizations.reorganize(form.toPlan());
				redirect.addFlashAttribute("success", "reorganize.done");
				OrgTree tree = this.units.currentTree();
				redirect.addFlashAttribute("closedWithoutSuccessor",
						outcome.closedWithoutSuccessorIds().stream().map(tree::name).toList());
				return "redirect:/admin/units";
			}
			catch (ReorganizationRejected ex) {
				ex.violations().forEach(v -> FormActions.reject(result, v));
			}
			catch (RuleViolationException ex) {
				FormActions.reject(result, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				// shown again with the tree as it is now: the administrator checks the lists, then sends again
				result.reject("reorganize.error.conflict");
				form.setTreeVersion(this.units.currentTree().version());
			}
		}
		return view(model);
	}

	private String view(Model model) {
		OrgTree tree = this.units.currentTree();
		LocalDate today = this.reorganizations.today();
		List<OrgUnitView> standing = tree.all()
			.stream()
			.filter(u -> !u.kind().isGrassroots() && !u.closedOn(today))
			.toList();
		model.addAttribute("closable",
				standing.stream().filter(u -> !u.closed() && u.kind() != OrgUnitKind.PROVINCE).toList());
		model.addAttribute("successors", standing);
		model.addAttribute("kinds", OrgUnitKind.values());
		model.addAttribute("successions", tree.successions()
			.stream()
			.map(c -> new SuccessionLine(tree.get(c.predecessorId()), tree.get(c.successorId()), c.on()))
			.toList());
		model.addAttribute("today", today);
		return "organization/reorganize";
	}

	/** A succession as the page lists it: the closed unit, the unit continuing it, from which day. */
	record SuccessionLine(OrgUnitView closed, OrgUnitView successor, LocalDate on) {
	}

}
