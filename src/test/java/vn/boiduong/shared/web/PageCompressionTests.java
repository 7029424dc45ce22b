package vn.boiduong.shared.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.boiduong.support.ServerTest;
import vn.boiduong.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7: pages are compressed by {@link PageCompression} at gzip's fastest level, on a real server (the
 * container's own compression stays for the static files); errors and redirects still arrive whole.
 */
@ServerTest
class PageCompressionTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aPageIsSentCompressedToABrowserThatTakesGzip() throws Exception {
		HttpResponse<byte[]> page = get("/login", "gzip, deflate, br");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(page.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"));
		assertThat(page.headers().firstValue("Content-Length")).as("the length of the page before compression")
			.isEmpty();
		String html = gunzip(page.body());
		assertThat(html).contains("</html>").contains("Đăng nhập");
		assertThat(page.body().length).isLessThan(html.getBytes(StandardCharsets.UTF_8).length / 2);
	}

	@Test
	void aPageIsSentPlainToAClientThatDoesNotTakeGzip() throws Exception {
		for (String acceptEncoding : new String[] { null, "identity", "gzip;q=0, identity" }) {
			HttpResponse<byte[]> page = get("/login", acceptEncoding);

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Encoding")).as(acceptEncoding).isEmpty();
			assertThat(new String(page.body(), StandardCharsets.UTF_8)).as(acceptEncoding).contains("Đăng nhập");
		}
	}

	@Test
	void aSignedInPageAndErrorPagesArriveWholeAndReadable() throws Exception {
		WebSession lecturer = new WebSession(this.port);
		lecturer.signIn("anphu.giangvien", "demo1234");
		String cookie = "SESSION=" + lecturer.cookie("SESSION");

		HttpResponse<byte[]> home = get("/", "gzip", cookie);
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(home.body())).contains("</html>").contains("Việc cần làm");

		for (String[] error : new String[][] { { "/no/such/page", "404", "Không tìm thấy" }, { "/admin/users", "403", "Không có quyền truy cập" } }) {
			HttpResponse<byte[]> page = get(error[0], "gzip", cookie);
			assertThat(page.statusCode()).as(error[0]).isEqualTo(Integer.parseInt(error[1]));
			String html = page.headers().firstValue("Content-Encoding").isPresent() ? gunzip(page.body())
					: new String(page.body(), StandardCharsets.UTF_8);
			assertThat(html).as(error[0]).contains(error[2]).endsWith("</html>\n");
		}
	}

	@Test
	void aRedirectIsNotCompressed() throws Exception {
		HttpResponse<byte[]> redirect = get("/courses", "gzip");

		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
		assertThat(redirect.headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void staticFilesAreStillCompressedByTheContainer() throws Exception {
		HttpResponse<byte[]> css = get("/webjars/bootstrap/css/bootstrap.min.css", "gzip");

		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(css.body())).contains("Bootstrap");
	}

	private static String gunzip(byte[] body) throws Exception {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
		return get(path, acceptEncoding, null);
	}

	private HttpResponse<byte[]> get(String path, String acceptEncoding, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html,application/xhtml+xml");
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
