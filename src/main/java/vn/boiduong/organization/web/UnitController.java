package vn.boiduong.organization.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.organization.UnitVisibility;

/** A unit and its sub-units, read-only, for anyone signed in whose scope contains it. */
@Controller
class UnitController {

	private final OrgUnitService units;

	private final UnitVisibility visibility;

	UnitController(OrgUnitService units, UnitVisibility visibility) {
		this.units = units;
		this.visibility = visibility;
	}

	@GetMapping("/units/{id}")
	String show(@PathVariable Long id, Model model) {
		OrgUnitView unit = this.units.get(id);
		if (!this.visibility.canSee(id)) {
			throw new AccessDeniedException("unit " + id + " is outside the user's scope");
		}
		model.addAttribute("unit", unit);
		model.addAttribute("ancestors", this.units.ancestorsAndSelf(id).stream().filter(u -> !u.id().equals(id)).toList());
		model.addAttribute("children", this.units.children(id));
		return "organization/unit";
	}

}
