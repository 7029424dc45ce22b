package vn.boiduong.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.boiduong.identity.CurrentUser;
import vn.boiduong.identity.SignedInSessions;
import vn.boiduong.identity.UserAccountService;
import vn.boiduong.shared.RuleViolationException;

/** Every signed-in user changes their own password here. */
@Controller
@RequestMapping("/account/password")
class AccountController {

	private final UserAccountService accounts;

	private final CurrentUser currentUser;

	private final SignedInSessions sessions;

	AccountController(UserAccountService accounts, CurrentUser currentUser, SignedInSessions sessions) {
		this.accounts = accounts;
		this.currentUser = currentUser;
		this.sessions = sessions;
	}

	@ModelAttribute("minPasswordLength")
	int minPasswordLength() {
		return UserAccountService.MIN_PASSWORD_LENGTH;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return "identity/password";
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
				&& !form.newPassword().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.error.mismatch");
		}
		if (result.hasErrors()) {
			return "identity/password";
		}
		try {
			this.accounts.changeOwnPassword(this.currentUser.get().getUsername(), form.currentPassword(),
					form.newPassword());
		}
		catch (RuleViolationException ex) {
			result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			return "identity/password";
		}
		// this session goes on under a new id; every other session of the person ends
		this.sessions.reissue(request, response);
		redirect.addFlashAttribute("success", "password.changed");
		return "redirect:/";
	}

}
