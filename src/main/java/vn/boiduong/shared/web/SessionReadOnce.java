package vn.boiduong.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wraps Spring Session's filter (which runs at {@code HIGHEST_PRECEDENCE + 50}) so that a session is read
 * from PostgreSQL once per request: see {@link ThrottledSessionRepository}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class SessionReadOnce extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ThrottledSessionRepository.withinRequest(() -> chain.doFilter(request, response));
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
