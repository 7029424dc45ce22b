package vn.boiduong.identity.web;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		Object username = session.getAttribute("LOGIN_USERNAME");
		if (username != null) {
			model.addAttribute("username", username);
			session.removeAttribute("LOGIN_USERNAME");
		}
		if (session.getAttribute("LOGIN_LOCKED_UNTIL") instanceof Instant until) {
			model.addAttribute("lockedUntil", LocalDateTime.ofInstant(until, UserAdminController.ZONE));
			session.removeAttribute("LOGIN_LOCKED_UNTIL");
		}
		return "identity/login";
	}

}
