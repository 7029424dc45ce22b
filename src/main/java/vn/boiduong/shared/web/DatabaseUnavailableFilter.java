package vn.boiduong.shared.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import vn.boiduong.shared.database.OutageAwareDataSource;

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

	private final BooleanSupplier outage;

	DatabaseUnavailableFilter(MessageSource messages) {
		this(messages, () -> false);
	}

	@Autowired
	DatabaseUnavailableFilter(MessageSource messages, ObjectProvider<DataSource> dataSource) {
		this(messages,
				() -> dataSource.getIfAvailable() instanceof OutageAwareDataSource watched && watched.confirmOutage());
	}

	DatabaseUnavailableFilter(MessageSource messages, BooleanSupplier outage) {
		this.messages = messages;
		this.outage = outage;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!(isDatabaseOutage(ex) || (involvesTheDatabase(ex) && this.outage.getAsBoolean()))
					|| response.isCommitted()) {
				throw ex;
			}
			log.error("Database unavailable while serving {}: {}", request.getRequestURI(), ex.toString());
			writeUnavailablePage(request, response);
		}
	}

	static boolean isDatabaseOutage(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof java.net.ConnectException) {
				return true;
			}
			// SQLSTATE class 08 is a connection exception; 57P01-57P03: the server is shutting down or starting.
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	/** An error page that itself needs the database fails the same way: it gets the 503 page too. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** A failure with an SQL or data access exception in it: the database is then checked at once. */
	static boolean involvesTheDatabase(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException || t instanceof org.springframework.dao.DataAccessException
					|| t instanceof org.springframework.transaction.TransactionException
					|| t.getClass().getName().startsWith("org.hibernate.")) {
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
