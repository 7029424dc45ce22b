package vn.boiduong.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor talking real HTTP to an application on a port, keeping its cookies like a browser, and
 * signing in through the login form (with its CSRF token). Redirects are not followed, so a test
 * sees where it is sent. It asks for HTML, as a browser does.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	private final CookieManager cookies = new CookieManager();

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
	}

	/** A file the visitor downloads (a PDF, a workbook), as bytes. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Posts the login form as a browser would; the answer is the redirect after it. */
	public HttpResponse<String> signIn(String username, String password) {
		String token = csrfToken("/login");
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
		return send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/** Posts an empty form without a CSRF token, as a forged cross-site request would. */
	public HttpResponse<String> postWithoutToken(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(""))
			.build());
	}

	/**
	 * Posts a form as a browser would, with the session's CSRF token read from a page the visitor may
	 * open; {@code fields} are name, value, name, value, ...
	 */
	public HttpResponse<String> post(String path, String tokenPage, String... fields) {
		StringBuilder form = new StringBuilder("_csrf=").append(encode(csrfToken(tokenPage)));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			form.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build());
	}

	/**
	 * Posts a form with one file as a browser would (multipart), with the session's CSRF token read from a
	 * page the visitor may open; {@code fields} are name, value, name, value, ...
	 */
	public HttpResponse<String> postFile(String path, String tokenPage, String fileField, String fileName, byte[] content,
			String... fields) {
		String boundary = "----boiduong" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		StringBuilder parts = new StringBuilder();
		parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
			.append(csrfToken(tokenPage)).append("\r\n");
		for (int i = 0; i + 1 < fields.length; i += 2) {
			parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fields[i])
				.append("\"\r\n\r\n").append(fields[i + 1]).append("\r\n");
		}
		parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
			.append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		body.writeBytes(parts.toString().getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** The value of a cookie the visitor holds (e.g. SESSION), or null. */
	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** The CSRF token of the form on a page. */
	public String csrfToken(String path) {
		HttpResponse<String> page = get(path);
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on " + path + " (status " + page.statusCode() + ")");
		}
		return matcher.group(1);
	}

	private HttpResponse<String> send(HttpRequest request) {
		HttpRequest asBrowser = HttpRequest.newBuilder(request, (name, value) -> true)
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.build();
		try {
			return this.client.send(asBrowser, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
