package vn.boiduong.demo;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of demo loading signed in as a demo account, so that the services decide who may act as
 * they do for a person in a browser; the sign-in is cleared afterwards.
 */
@Component
@DemoMode
public class DemoActor {

	private final UserDetailsService userDetails;

	DemoActor(UserDetailsService userDetails) {
		this.userDetails = userDetails;
	}

	public <T> T as(String username, Supplier<T> action) {
		UserDetails principal = this.userDetails.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public void as(String username, Runnable action) {
		as(username, () -> {
			action.run();
			return null;
		});
	}

}
