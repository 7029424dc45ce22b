package vn.boiduong.identity.web;

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
		return "identity/login";
	}

}
