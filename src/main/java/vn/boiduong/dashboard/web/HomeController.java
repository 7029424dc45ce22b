package vn.boiduong.dashboard.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.boiduong.identity.AccountPrincipal;
import vn.boiduong.identity.CurrentUser;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.TodoItem;
import vn.boiduong.shared.TodoSource;

@Controller
class HomeController {

	private final CurrentUser currentUser;

	private final OrgUnitService units;

	private final List<TodoSource> todoSources;

	HomeController(CurrentUser currentUser, OrgUnitService units, List<TodoSource> todoSources) {
		this.currentUser = currentUser;
		this.units = units;
		this.todoSources = todoSources;
	}

	@GetMapping("/")
	String home(Model model) {
		AccountPrincipal principal = this.currentUser.get();
		List<RoleLine> roles = new ArrayList<>();
		Map<Long, OrgUnitView> byId = new LinkedHashMap<>();
		this.units.findAll(principal.getAssignments().stream().map(AccountPrincipal.Assignment::unitId).toList())
			.forEach(u -> byId.put(u.id(), u));
		for (AccountPrincipal.Assignment a : principal.getAssignments()) {
			OrgUnitView unit = byId.get(a.unitId());
			roles.add(new RoleLine(a.role().messageKey(), unit == null ? "" : unit.name()));
		}
		Map<String, List<TodoItem>> todos = new LinkedHashMap<>();
		for (TodoSource source : this.todoSources) {
			for (TodoItem item : source.todosForCurrentUser()) {
				todos.computeIfAbsent(item.groupKey(), k -> new ArrayList<>()).add(item);
			}
		}
		model.addAttribute("roles", roles);
		model.addAttribute("todos", todos);
		return "dashboard/home";
	}

	record RoleLine(String roleKey, String unitName) {
	}

}
