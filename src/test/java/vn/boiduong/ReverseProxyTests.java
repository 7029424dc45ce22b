package vn.boiduong;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.boiduong.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application behind the TLS-terminating reverse proxy of the README, spoken to in raw HTTP (the
 * test connects from the loopback address, where the proxy is trusted to be): the proxy's
 * {@code X-Forwarded-Proto: https} is believed, a forged {@code Host} never comes back in a redirect,
 * and the answers Tomcat writes by itself carry the same security headers as the pages.
 */
@ServerTest
class ReverseProxyTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void behindTheProxyTheSessionCookieIsSecureAndHstsIsSent() throws IOException {
		Response login = send("GET /login HTTP/1.1\r\nHost: boiduong.example\r\nX-Forwarded-Proto: https\r\n"
				+ "X-Forwarded-For: 203.0.113.7\r\nConnection: close\r\n\r\n");

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.header("Strict-Transport-Security")).isNotNull();
		assertThat(login.headers("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=")
			.containsIgnoringCase("; Secure")
			.containsIgnoringCase("HttpOnly"));
	}

	@Test
	void withoutTheProxyNoSecureCookieNorHstsIsClaimed() throws IOException {
		Response login = send("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(login.header("Strict-Transport-Security")).isNull();
		assertThat(login.headers("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));
	}

	@Test
	void redirectsBehindTheProxyStayOnHttpsAndNeverNameAForgedHost() throws IOException {
		for (String forged : List.of("Host: evil.example\r\n", "Host: evil.example\r\nX-Forwarded-Host: evil.example\r\n")) {
			Response redirect = send("GET /courses HTTP/1.1\r\n" + forged + "X-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
			assertThat(redirect.status()).isEqualTo(302);
			assertThat(redirect.header("Location")).doesNotContain("evil.example").doesNotStartWith("http:").contains("/login");
		}
		Response plain = send("GET /courses HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(plain.header("Location")).doesNotContain("evil.example").contains("/login");
	}

	@Test
	void theRedirectAfterSigningInBehindTheProxyNamesNoForgedHost() throws IOException {
		Response login = send("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		String session = login.headers("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow()
			.split(";")[0];
		Matcher csrf = CSRF.matcher(login.body());
		assertThat(csrf.find()).isTrue();
		Response asked = send("GET /courses?q=x HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Proto: https\r\nCookie: " + session
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(asked.status()).as("the page asked for before signing in").isEqualTo(302);
		String form = "username=anphu.tuyengiao&password=demo1234&_csrf=" + csrf.group(1);
		Response signedIn = send("POST /login HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Proto: https\r\nCookie: "
				+ session + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
				+ "\r\nConnection: close\r\n\r\n" + form);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).doesNotContain("evil.example").contains("/courses").doesNotStartWith("http:");
	}

	@Test
	void anAddressTomcatCannotDecodeIsA400WithTheSecurityHeaders() throws IOException {
		Response response = send("GET /courses/1/%ff HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(response.status()).isEqualTo(400);
		assertSecurityHeaders(response);
	}

	@Test
	void aHeaderOfTwentyKilobytesIsA400WithTheSecurityHeaders() throws IOException {
		Response response = send("GET /login HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20 * 1024)
				+ "\r\nConnection: close\r\n\r\n");

		assertThat(response.status()).isEqualTo(400);
		assertSecurityHeaders(response);
	}

	private static void assertSecurityHeaders(Response response) {
		assertThat(response.header("Content-Security-Policy")).as("CSP").contains("default-src 'self'").contains("frame-ancestors 'none'");
		assertThat(response.header("X-Frame-Options")).as("X-Frame-Options").isEqualToIgnoringCase("DENY");
		assertThat(response.header("X-Content-Type-Options")).as("nosniff").isEqualToIgnoringCase("nosniff");
		assertThat(response.header("Referrer-Policy")).as("Referrer-Policy").isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.body()).doesNotContain("Tomcat", "Exception");
	}

	private Response send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			in.transferTo(received);
						return Response.parse(received.toString(StandardCharsets.UTF_8));
		}
	}

	record Response(int status, List<String[]> headerLines, String body) {

		static Response parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String head = end < 0 ? raw : raw.substring(0, end);
			String body = end < 0 ? "" : raw.substring(end + 4);
			String[] lines = head.split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			List<String[]> headers = new ArrayList<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.add(new String[] { lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim() });
			}
			return new Response(status, headers, body);
		}

		String header(String name) {
			return headers(name).stream().findFirst().orElse(null);
		}

		List<String> headers(String name) {
			return this.headerLines.stream()
				.filter(h -> h[0].toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
				.map(h -> h[1])
				.toList();
		}

	}

}
