package vn.boiduong.shared.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.boiduong.shared.NavigationEntry;

/** Gives every page the navigation entries the signed-in user may use. */
@ControllerAdvice
class LayoutAdvice {

	private final List<NavigationEntry> entries;

	LayoutAdvice(List<NavigationEntry> entries) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
	}

	@ModelAttribute("currentUrl")
	CurrentUrl currentUrl(HttpServletRequest request) {
		Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		String path = forwarded instanceof String uri ? uri : request.getRequestURI();
		return new CurrentUrl(path, forwarded == null ? request.getQueryString() : null);
	}

	@ModelAttribute("navigation")
	List<NavigationEntry> navigation(HttpServletRequest request) {
		if (request.getUserPrincipal() == null) {
			return List.of();
		}
		return this.entries.stream()
			.filter(e -> e.authorities().isEmpty()
					|| e.authorities().stream().anyMatch(a -> request.isUserInRole(a.replaceFirst("^ROLE_", ""))))
			.toList();
	}

}
