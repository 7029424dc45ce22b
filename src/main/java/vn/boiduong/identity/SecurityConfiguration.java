package vn.boiduong.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.shared.web.SecurityHeaders;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccessDeniedHandler accessDeniedHandler)
			throws Exception {
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
			.failureHandler(loginFailureHandler())
			.permitAll());
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.exceptionHandling(ex -> ex.accessDeniedHandler(accessDeniedHandler));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/** One message for a wrong name or password; a locked account is told so. */
	private static AuthenticationFailureHandler loginFailureHandler() {
		return (request, response, exception) -> {
			String username = request.getParameter("username");
			request.getSession().setAttribute("LOGIN_USERNAME", username == null ? "" : username);
			response.sendRedirect(request.getContextPath()
					+ (exception instanceof LockedException ? "/login?locked" : "/login?error"));
		};
	}

	/** A forbidden action gets 403, and is written to the audit log. */
	@Bean
	AccessDeniedHandler accessDeniedHandler(AuditLog audit) {
		return (request, response, exception) -> {
			String actor = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
			audit.recordAs(actor, "ACCESS_DENIED", "Request", null, null, null,
					request.getMethod() + " " + request.getRequestURI());
			response.sendError(403);
		};
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
