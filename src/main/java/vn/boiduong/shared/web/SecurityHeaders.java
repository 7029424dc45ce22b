package vn.boiduong.shared.web;

/**
 * The security headers of every answer: the pages get them from Spring Security, the answers Tomcat
 * writes by itself (a request it cannot parse) from {@link SecurityHeadersErrorReportValve}.
 */
public final class SecurityHeaders {

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	public static final String FRAME_OPTIONS = "DENY";

	public static final String CONTENT_TYPE_OPTIONS = "nosniff";

	public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

	private SecurityHeaders() {
	}

}
