package vn.boiduong.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.boiduong.organization.Capacity;
import vn.boiduong.organization.CommitteeCapacities;
import vn.boiduong.organization.CommitteeCapacity;
import vn.boiduong.organization.OrgTree;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.NotFoundException;
import vn.boiduong.shared.web.FormActions;

/**
 * The administrator's page of a committee's capacities (issue 8, item 1): which units plan its courses,
 * give their opinion, decide, teach and propose learners, from which day to which. Rows are ended, never
 * deleted: the papers of earlier days keep naming the bodies of their day.
 */
@Controller
@RequestMapping("/admin/units/{id}/capacities")
class CapacityAdminController {

	/** The capacities a committee names, in the workflow's order. */
	static final List<Capacity> NAMED = List.of(Capacity.PLANNING_BODY, Capacity.CONCURRING_BODY,
			Capacity.DECIDING_BODY, Capacity.TEACHING_INSTITUTION, Capacity.ENROLLING_BODY);

	private final OrgUnitService units;

	private final CommitteeCapacities capacities;

	private final Clock clock;

	CapacityAdminController(OrgUnitService units, CommitteeCapacities capacities, Clock clock) {
		this.units = units;
		this.capacities = capacities;
		this.clock = clock;
	}

	record AssignForm(@NotNull Capacity capacity, @NotNull Long unitId,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom) {
	}

	record EndForm(@NotNull Long rowId, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay) {
	}

	/** One row as the page shows it. */
	record Row(Long id, Capacity capacity, String unitName, LocalDate validFrom, LocalDate validTo, boolean inForce) {
	}

	@GetMapping
	String show(@PathVariable Long id, Model model) {
		return page(committee(id), model);
	}

	@PostMapping
	String assign(@PathVariable Long id, @Valid @ModelAttribute("form") AssignForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrgUnitView committee = committee(id);
		if (FormActions.run(result, () -> this.capacities.assign(id, form.capacity(), form.unitId(), form.validFrom()))) {
			redirect.addFlashAttribute("success", "capacity.assigned");
			return "redirect:/admin/units/" + id + "/capacities";
		}
		return page(committee, model);
	}

	@PostMapping("/end")
	String end(@PathVariable Long id, @Valid @ModelAttribute("endForm") EndForm form, BindingResult result, Model model,
			RedirectAttributes redirect,
			@org.springframework.web.bind.annotation.RequestParam(name = "lastDay", required = false) String typed) {
		OrgUnitView committee = committee(id);
		boolean ofThisCommittee = form.rowId() == null
				|| this.capacities.rowsOf(id).stream().anyMatch(r -> r.id().equals(form.rowId()));
		if (!ofThisCommittee) {
			throw new NotFoundException("CommitteeCapacity", form.rowId());
		}
		if (FormActions.run(result, () -> this.capacities.end(form.rowId(), form.lastDay()))) {
			redirect.addFlashAttribute("success", "capacity.ended");
			return "redirect:/admin/units/" + id + "/capacities";
		}
		// the message stands on the row whose end was refused, with the day as it was typed
		model.addAttribute("endFailedRow", form.rowId());
		model.addAttribute("typedLastDay", typed);
		return page(committee, model);
	}

	private OrgUnitView committee(Long id) {
		return this.units.find(id).filter(u -> u.kind().isCommittee()).orElseThrow(() -> new NotFoundException("OrgUnit", id));
	}

	private String page(OrgUnitView committee, Model model) {
		LocalDate today = LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
		OrgTree tree = this.units.currentTree();
		List<Row> rows = new ArrayList<>();
		for (CommitteeCapacity r : this.capacities.rowsOf(committee.id())) {
			rows.add(new Row(r.id(), r.capacity(), tree.name(r.unitId()), r.validFrom(), r.validTo(), r.validOn(today)));
		}
		rows.sort(Comparator.comparing((Row r) -> NAMED.indexOf(r.capacity())).thenComparing(Row::validFrom));
		// the committee, its own bodies, and every school or centre of the province that may teach
		List<OrgUnitView> candidates = new ArrayList<>();
		candidates.add(committee);
		tree.children(committee.id())
			.stream()
			.filter(u -> !u.closed() && !u.kind().isCommittee() && u.kind() != OrgUnitKind.GRASSROOTS_ORGANIZATION
					&& u.kind() != OrgUnitKind.PARTY_CELL)
			.forEach(candidates::add);
		Long province = tree.ancestorsAndSelf(committee.id()).get(0).id();
		for (OrgUnitKind kind : List.of(OrgUnitKind.POLITICAL_SCHOOL, OrgUnitKind.POLITICAL_CENTRE)) {
			tree.ofKindWithin(List.of(province), kind)
				.stream()
				.filter(u -> !u.closed() && !candidates.contains(u))
				.forEach(candidates::add);
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AssignForm(null, null, today));
		}
		if (!model.containsAttribute("endForm")) {
			model.addAttribute("endForm", new EndForm(null, today));
		}
		model.addAttribute("committee", committee);
		model.addAttribute("rows", rows);
		model.addAttribute("capacities", NAMED);
		model.addAttribute("candidates", candidates);
		return "organization/capacities";
	}

}
