package vn.boiduong.shared.web;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * When the database is down, even the session store fails before any controller runs. This filter
 * stands in front of everything and answers a friendly 503, with no stack trace; the connection pool
 * reconnects by itself when the database returns.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final MessageSource messages;

	DatabaseUnavailableFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!isDatabaseOutage(ex) || response.isCommitted()) {
				throw ex;
			}
			log.error("Database unavailable while serving {}: {}", request.getRequestURI(), ex.toString());
			writeUnavailablePage(request, response);
		}
	}

	static boolean isDatabaseOutage(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	private void writeUnavailablePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = Locale.forLanguageTag("vi");
		if (request.getCookies() != null) {
			for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
				if ("boiduong-lang".equals(cookie.getName()) && cookie.getValue().startsWith("en")) {
					locale = Locale.ENGLISH;
				}
			}
		}
		String title = HtmlUtils.htmlEscape(this.messages.getMessage("error.503.title", null, locale), "UTF-8");
		String text = HtmlUtils.htmlEscape(this.messages.getMessage("error.503.text", null, locale), "UTF-8");
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "30");
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
					+ "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
					+ "/webjars/bootstrap/css/bootstrap.min.css\"></head><body><main class=\"container py-5\"><h1 class=\"h3\">"
					+ title + "</h1><p class=\"lead\">" + text + "</p></main></body></html>");
	}

}
