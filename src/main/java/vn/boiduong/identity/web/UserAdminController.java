package vn.boiduong.identity.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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

import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserAccountService;
import vn.boiduong.identity.UserView;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.FormSubmissions;
import vn.boiduong.shared.PageView;
import vn.boiduong.shared.RuleViolationException;
import vn.boiduong.shared.web.FormActions;

/**
 * The administrator's pages for accounts: search, create, edit the profile, assign and remove roles
 * at units, reset a password, deactivate, activate and unlock. Only ADMIN reaches /admin/**.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final int PAGE_SIZE = 20;

	private final UserAccountService accounts;

	private final OrgUnitService units;

	private final FormSubmissions submissions;

	UserAdminController(UserAccountService accounts, OrgUnitService units, FormSubmissions submissions) {
		this.accounts = accounts;
		this.units = units;
		this.submissions = submissions;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q == null ? "" : q.trim());
		model.addAttribute("page", PageView.of(this.accounts.search(q, page, PAGE_SIZE)));
		return "identity/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", NewUserForm.empty());
		model.addAttribute("formToken", this.submissions.issue());
		return "identity/user-new";
	}

	/** The form's one-time token sends the same form sent twice to the account the first one created. */
	@PostMapping
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result,
			@RequestParam(required = false) UUID formToken, Model model, RedirectAttributes redirect) {
		model.addAttribute("formToken", formToken != null ? formToken : this.submissions.issue());
		if (result.hasErrors()) {
			return "identity/user-new";
		}
		try {
			FormSubmissions.Outcome outcome = this.submissions.once(formToken,
					() -> "/admin/users/" + this.accounts.create(form.username(), form.fullName(), form.email(),
							form.phone(), form.password()).id());
			redirect.addFlashAttribute(outcome.repeated() ? "failure" : "success",
					outcome.repeated() ? "form.alreadySubmitted" : "user.created");
			return "redirect:" + outcome.result();
		}
		catch (RuleViolationException ex) {
			FormActions.reject(result, ex);
			return "identity/user-new";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		return detailView(this.accounts.get(id), model);
	}

	@PostMapping("/{id}")
	String updateProfile(@PathVariable Long id, @Valid @ModelAttribute("form") ProfileForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UserView user = this.accounts.get(id);
		if (!result.hasErrors()) {
			try {
				if (form.version() == null) {
					throw new OptimisticLockingFailureException("form without a version");
				}
				this.accounts.updateProfile(id, form.version(), form.fullName(), form.email(), form.phone());
				redirect.addFlashAttribute("success", "user.saved");
				return "redirect:/admin/users/" + id;
			}
			catch (RuleViolationException ex) {
				FormActions.reject(result, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("error.conflict");
			}
		}
		return detailView(user, model);
	}

	@PostMapping("/{id}/roles")
	String assignRole(@PathVariable Long id, @Valid @ModelAttribute("assignForm") AssignRoleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UserView user = this.accounts.get(id);
		if (!result.hasErrors()) {
			try {
				this.accounts.assignRole(id, form.role(), form.unitId());
				redirect.addFlashAttribute("success", "user.roleAssigned");
				return "redirect:/admin/users/" + id;
			}
			catch (RuleViolationException ex) {
				FormActions.reject(result, ex);
			}
		}
		return detailView(user, model);
	}

	@PostMapping("/{id}/roles/{assignmentId}/remove")
	String removeRole(@PathVariable Long id, @PathVariable Long assignmentId, RedirectAttributes redirect) {
		return act(id, redirect, "user.roleRemoved", () -> this.accounts.removeRole(id, assignmentId));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, @Valid @ModelAttribute("passwordForm") PasswordResetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UserView user = this.accounts.get(id);
		if (!result.hasErrors()) {
			try {
				this.accounts.resetPassword(id, form.password());
				redirect.addFlashAttribute("success", "user.passwordReset");
				return "redirect:/admin/users/" + id;
			}
			catch (RuleViolationException ex) {
				FormActions.reject(result, ex);
			}
		}
		return detailView(user, model);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "user.deactivated", () -> this.accounts.deactivate(id));
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "user.activated", () -> this.accounts.activate(id));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "user.unlocked", () -> this.accounts.unlock(id));
	}

	/** A one-button action: its result, or the rule it broke, is said on the account's page. */
	private String act(Long id, RedirectAttributes redirect, String successKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", successKey);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("failure", ex.getMessageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	private String detailView(UserView user, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProfileForm.of(user));
		}
		if (!model.containsAttribute("assignForm")) {
			model.addAttribute("assignForm", AssignRoleForm.empty());
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", PasswordResetForm.empty());
		}
		Map<Long, OrgUnitView> unitsById = this.units
			.findAll(user.roles().stream().map(UserView.RoleView::unitId).toList())
			.stream()
			.collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
		List<RoleLine> roleLines = user.roles()
			.stream()
			.map(r -> new RoleLine(r.id(), r.role(), unitsById.get(r.unitId()), r.validFrom()))
			.toList();
		model.addAttribute("user", user);
		model.addAttribute("roleLines", roleLines);
		model.addAttribute("roles", Role.values());
		model.addAttribute("units", this.units.openTree());
		model.addAttribute("lockedUntil",
				user.locked() && user.lockedUntil() != null ? LocalDateTime.ofInstant(user.lockedUntil(), ZONE) : null);
		return "identity/user";
	}

	/** A role held at a unit, with the unit for its name (null if the unit is gone from view). */
	/** A role at a unit, as the page lists it; {@code validFrom}: the day it acts from (a successor's role), or null. */
	public record RoleLine(Long id, Role role, OrgUnitView unit, LocalDate validFrom) {
	}

}
