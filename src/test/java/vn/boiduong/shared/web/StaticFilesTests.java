package vn.boiduong.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.boiduong.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 item 9: scripts go out compressed, and the application's own style sheet and script are
 * linked under names that change with their content, so that they can be cached for long and an
 * upgrade is never hidden behind an old copy.
 */
@ServerTest
class StaticFilesTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void scriptsAreSentCompressed() throws Exception {
		HttpResponse<byte[]> htmx = get("/webjars/htmx.org/dist/htmx.min.js", "gzip");

		assertThat(htmx.statusCode()).isEqualTo(200);
		assertThat(htmx.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("javascript"));
		assertThat(htmx.headers().firstValue("Content-Encoding")).as("a 50 KB script").hasValue("gzip");
	}

	@Test
	void theLayoutLinksItsOwnStyleSheetAndScriptUnderContentHashedNames() throws Exception {
		String page = new String(get("/login", null).body(), java.nio.charset.StandardCharsets.UTF_8);

		String css = link(page, "href=\"(/css/app-[0-9a-f]{32}\\.css)\"");
		String js = link(page, "src=\"(/js/app-[0-9a-f]{32}\\.js)\"");
		for (String path : new String[] { css, js }) {
			HttpResponse<byte[]> file = get(path, null);
			assertThat(file.statusCode()).as(path).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control")).as(path)
				.hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
		}
		assertThat(page).doesNotContain("\"/css/app.css\"", "\"/js/app.js\"");
		assertThat(link(page, "href=\"(/webjars/bootstrap/[^\"]*/css/bootstrap\\.min\\.css)\""))
			.as("the WebJars are linked with their version").contains("/5.");
	}

	private static String link(String page, String regex) {
		Matcher m = Pattern.compile(regex).matcher(page);
		assertThat(m.find()).as(regex + " in\n" + page).isTrue();
		return m.group(1);
	}

	private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
