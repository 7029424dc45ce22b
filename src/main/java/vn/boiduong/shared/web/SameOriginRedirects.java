package vn.boiduong.shared.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A redirect to this application is sent as a path, never with a host: the page asked for before
 * signing in is remembered as an absolute address built from the request's {@code Host}, which anyone
 * can forge. With relative redirects in Tomcat too ({@code server.tomcat.use-relative-redirects}), no
 * {@code Host} a client sends ever comes back in a {@code Location}, and behind the proxy the browser
 * stays on https.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SameOriginRedirects extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void sendRedirect(String location) throws IOException {
				super.sendRedirect(relative(location, request.getServerName()));
			}

			@Override
			public void sendRedirect(String location, int status) throws IOException {
				super.sendRedirect(relative(location, request.getServerName()), status);
			}

			@Override
			public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
				super.sendRedirect(relative(location, request.getServerName()), status, clearBuffer);
			}

		});
	}

	/** The path, query and fragment of an absolute address on the request's own host; anything else as it is. */
	static String relative(String location, String host) {
		if (location == null || host == null) {
			return location;
		}
		try {
			URI uri = new URI(location);
			if (!uri.isAbsolute() || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(host)) {
				return location;
			}
			String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
			// "//other.example/…" would name another host: one slash only.
			path = path.replaceFirst("^/{2,}", "/");
			return path + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "")
					+ (uri.getRawFragment() != null ? "#" + uri.getRawFragment() : "");
		}
		catch (URISyntaxException ex) {
			return location;
		}
	}

}
