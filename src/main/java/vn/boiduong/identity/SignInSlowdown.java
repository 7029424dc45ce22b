package vn.boiduong.identity;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down a client address that fails many sign-ins (of any names), so that a stranger cannot
 * cheaply keep other people's accounts locked: the first {@code app.login.slowdown.free-failures}
 * failures within {@code app.login.slowdown.window} cost nothing, each one after that adds
 * {@code step} to the wait before the next attempt is even checked, up to {@code max-delay}. A delay,
 * never a block: a whole office may sign in from one address. The wait comes before the password is
 * checked, so a client that gives up early learns nothing.
 */
@Component
public class SignInSlowdown {

	/** How the sign-in waits; tests put in one that only records. */
	@FunctionalInterface
	public interface Pause {

		void pause(Duration delay) throws InterruptedException;

	}

	private final LoginAttempts attempts;

	private final Pause pause;

	private final long freeFailures;

	private final Duration step;

	private final Duration maxDelay;

	SignInSlowdown(LoginAttempts attempts, Pause pause, @Value("${app.login.slowdown.free-failures:20}") long freeFailures,
			@Value("${app.login.slowdown.step:200ms}") Duration step,
			@Value("${app.login.slowdown.max-delay:3s}") Duration maxDelay) {
		this.attempts = attempts;
		this.pause = pause;
		this.freeFailures = freeFailures;
		this.step = step;
		this.maxDelay = maxDelay;
	}

	/** The wait before an attempt from the address is checked. */
	public Duration delayFor(String address) {
		return delayAfter(this.attempts.recentFailuresFrom(address));
	}

	Duration delayAfter(long recentFailures) {
		long beyond = recentFailures - this.freeFailures;
		if (beyond <= 0) {
			return Duration.ZERO;
		}
		Duration delay = this.step.multipliedBy(Math.min(beyond, Integer.MAX_VALUE));
		return delay.compareTo(this.maxDelay) > 0 ? this.maxDelay : delay;
	}

	/** Runs before the sign-in form is checked: waits as long as the address has earned. */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !("POST".equals(request.getMethod())
						&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				Duration delay = delayFor(request.getRemoteAddr());
				if (!delay.isZero()) {
					try {
						SignInSlowdown.this.pause.pause(delay);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
				chain.doFilter(request, response);
			}
		};
	}

}
