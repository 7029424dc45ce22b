package vn.boiduong.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.boiduong.organization.OrgTreeCache;

/**
 * Every request of a signed-in person is judged by their authorizations as they are now, not as they
 * were at sign-in: once per request, one query by primary key compares the versions the session holds
 * with the account's. Roles or units changed (or a unit of theirs closed): the roles are read again and
 * the session keeps going. Password changed, account deactivated or gone: the session ends.
 */
@Component
public class SignedInSessions {

	private final JdbcTemplate jdbc;

	private final AccountUserDetailsService principals;

	private final Clock clock;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	SignedInSessions(JdbcTemplate jdbc, AccountUserDetailsService principals, Clock clock) {
		this.jdbc = jdbc;
		this.principals = principals;
		this.clock = clock;
	}

	/** What a session signed in as the principal must do now. */
	enum Verdict {

		CURRENT, READ_AGAIN, END

	}

	record AccountState(boolean active, long authorizationVersion, long credentialsVersion, Long treeVersion) {
	}

	/** The account's state, and the organization tree's version read with it (one query: see {@link OrgTreeCache}). */
	static final String ACCOUNT_STATE = "select active, authorization_version, credentials_version, "
			+ OrgTreeCache.VERSION_IN_SAME_QUERY + " from user_account where id = ?";

	Verdict judge(AccountPrincipal principal, HttpServletRequest request) {
		if (principal.getId() == null) {
			return Verdict.END;
		}
		List<AccountState> states = this.jdbc.query(ACCOUNT_STATE,
				(rs, i) -> new AccountState(rs.getBoolean(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, Long.class)),
				principal.getId());
		if (states.isEmpty()) {
			return Verdict.END;
		}
		AccountState state = states.get(0);
		if (state.treeVersion() != null) {
			OrgTreeCache.versionRead(request, state.treeVersion());
		}
		if (!state.active() || state.credentialsVersion() != principal.getCredentialsVersion()) {
			return Verdict.END;
		}
		if (state.authorizationVersion() != principal.getAuthorizationVersion()
				|| principal.rolesExpiredOn(LocalDate.now(this.clock.withZone(AccountUserDetailsService.ZONE)))) {
			return Verdict.READ_AGAIN;
		}
		return Verdict.CURRENT;
	}

	/**
	 * The signed-in person's session after they changed their own password: a new session id, the
	 * account read again (with the new password's version), so that this session goes on while every
	 * other one ends.
	 */
	public void reissue(HttpServletRequest request, HttpServletResponse response) {
		request.changeSessionId();
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			readAgain(principal, authentication, request, response);
		}
	}

	private boolean readAgain(AccountPrincipal principal, Authentication previous, HttpServletRequest request,
			HttpServletResponse response) {
		AccountPrincipal fresh = this.principals.reload(principal.getId());
		if (fresh == null) {
			return false;
		}
		fresh.eraseCredentials();
		// the roles as they are now; what else the sign-in granted (e.g. the password factor) stays
		List<GrantedAuthority> authorities = new ArrayList<>(fresh.getAuthorities());
		previous.getAuthorities()
			.stream()
			.filter(a -> a.getAuthority() == null || !a.getAuthority().startsWith("ROLE_"))
			.forEach(authorities::add);
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(fresh,
				null, authorities);
		authentication.setDetails(previous.getDetails());
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication);
		this.contexts.setContext(context);
		this.repository.saveContext(context, request, response);
		return true;
	}

	private void end(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		this.contexts.clearContext();
	}

	/** Static files and health probes carry no authorization worth a query. */
	static final List<String> UNCHECKED_PREFIXES = List.of("/webjars/", "/css/", "/js/", "/fonts/", "/img/",
			"/favicon.ico", "/actuator/");

	/** Consulted once per request, after the session's security context is loaded. */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				return UNCHECKED_PREFIXES.stream().anyMatch(path::startsWith);
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				Authentication authentication = SignedInSessions.this.contexts.getContext().getAuthentication();
				if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
					switch (judge(principal, request)) {
						case END -> end(request);
						case READ_AGAIN -> {
							if (!readAgain(principal, authentication, request, response)) {
								end(request);
							}
						}
						case CURRENT -> {
						}
					}
				}
				chain.doFilter(request, response);
			}
		};
	}

}
