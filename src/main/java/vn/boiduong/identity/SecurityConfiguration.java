package vn.boiduong.identity;

import java.time.Instant;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.shared.web.SecurityHeaders;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

	/** What the sign-in form keeps for re-display: the last name typed, cut to this length. */
	static final int MAX_KEPT_USERNAME = 100;

	static final String LOGIN_USERNAME = "LOGIN_USERNAME";

	static final String LOGIN_LOCKED_UNTIL = "LOGIN_LOCKED_UNTIL";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccessDeniedHandler accessDeniedHandler,
			LoginAttempts attempts, SignInSlowdown slowdown, SignedInSessions sessions) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/fonts/**", "/img/**", "/favicon.ico",
					"/error", "/error/**", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated());
		http.formLogin(form -> form.loginPage("/login")
			.defaultSuccessUrl("/", false)
			.failureHandler(loginFailureHandler(attempts))
			.permitAll());
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.exceptionHandling(ex -> ex.accessDeniedHandler(accessDeniedHandler));
		http.addFilterBefore(slowdown.filter(), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(sessions.filter(), AnonymousAuthenticationFilter.class);
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * One message for a wrong name or password; a locked name is told so, and until when. Before
	 * sign-in the session keeps only the last name typed, cut short, for the form to show again.
	 */
	private static AuthenticationFailureHandler loginFailureHandler(LoginAttempts attempts) {
		return (request, response, exception) -> {
			String username = request.getParameter("username");
			HttpSession session = request.getSession();
			session.setAttribute(LOGIN_USERNAME, username == null ? "" : LoginAttempts.cut(username, MAX_KEPT_USERNAME));
			if (exception instanceof LockedException) {
				Instant until = attempts.lockedUntil(username);
				if (until != null) {
					session.setAttribute(LOGIN_LOCKED_UNTIL, until);
				}
			}
			response.sendRedirect(request.getContextPath()
					+ (exception instanceof LockedException ? "/login?locked" : "/login?error"));
		};
	}

	/** The sign-in waits by sleeping the request's thread. */
	@Bean
	SignInSlowdown.Pause signInPause() {
		return delay -> Thread.sleep(delay.toMillis());
	}

	/**
	 * A forbidden action gets 403. A signed-in user's is written to the audit log; an anonymous
	 * visitor's (a form without its CSRF token) is only counted, per address and minute, so that
	 * strangers cannot flood the append-only log.
	 */
	@Bean
	AccessDeniedHandler accessDeniedHandler(AuditLog audit) {
		return (request, response, exception) -> {
			String requestLine = request.getMethod() + " " + request.getRequestURI();
			// the security context, not request.getUserPrincipal(): a CSRF refusal comes before the
			// filter that gives the request its principal
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || authentication instanceof AnonymousAuthenticationToken
					|| !authentication.isAuthenticated()) {
				audit.countAnonymousNoise(requestLine);
			}
			else {
				audit.recordAs(authentication.getName(), "ACCESS_DENIED", "Request", null, null, null, requestLine);
			}
			response.sendError(403);
		};
	}

	/**
	 * No tracing of each security filter, authentication and authorization: with Micrometer on the class
	 * path, Spring Security otherwise wraps every filter of the chain in an observation on every request
	 * (issue 7: a few percent of a page's CPU, for traces nobody collects). The request itself is still
	 * measured ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

}
