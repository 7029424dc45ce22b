package vn.boiduong.shared.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answers (a 400 for an address it cannot decode, a header of 20 KB) never reach
 * Spring Security: this report valve gives them the same security headers as the pages, and no
 * server details.
 */
class SecurityHeadersErrorReportValve extends ErrorReportValve {

	SecurityHeadersErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		if (response.getStatus() >= 400 && !response.isCommitted()) {
			setIfAbsent(response, "Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
			setIfAbsent(response, "X-Frame-Options", SecurityHeaders.FRAME_OPTIONS);
			setIfAbsent(response, "X-Content-Type-Options", SecurityHeaders.CONTENT_TYPE_OPTIONS);
			setIfAbsent(response, "Referrer-Policy", SecurityHeaders.REFERRER_POLICY);
		}
		super.report(request, response, throwable);
	}

	private static void setIfAbsent(Response response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

}
