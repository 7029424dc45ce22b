package vn.boiduong;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.boiduong.support.ServerTest;
import vn.boiduong.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests no browser sends but anyone can: a page or a 4xx, never a 500. Real HTTP, so error dispatch runs. */
@ServerTest
class StrangeRequestsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void aForgedLanguageCookieOrParameterFallsBackToVietnamese() throws Exception {
		for (String value : List.of("%00", "..", "../../etc", "x", "zz_ZZ", "en%00")) {
			HttpResponse<String> page = get("/login", "boiduong-lang=" + value);
			assertThat(page.statusCode()).as(value).isEqualTo(200);
			assertThat(page.body()).as(value).contains("lang=\"vi\"").contains("Đăng nhập");
			HttpResponse<String> asked = get("/login?lang=" + value, null);
			assertThat(asked.statusCode()).as(value).isEqualTo(200);
			assertThat(asked.body()).as(value).contains("lang=\"vi\"");
		}
		assertThat(get("/login", "boiduong-lang=en").body()).contains("lang=\"en\"");
	}

	@Test
	void aForbiddenVeryLongAddressIsA403AndIsAudited() throws Exception {
		WebSession lecturer = new WebSession(this.port);
		lecturer.signIn("anphu.giangvien", "demo1234");
		String marker = "x" + System.nanoTime();
		String path = "/admin/users/" + marker + "a".repeat(700);

		HttpResponse<String> page = lecturer.get(path);

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Không có quyền truy cập");
		assertThat(this.jdbc.queryForList("select detail from audit_event where action = 'ACCESS_DENIED' and detail like ?",
				String.class, "GET /admin/users/" + marker + "%"))
			.singleElement()
			.satisfies(detail -> assertThat(detail).hasSizeLessThanOrEqualTo(500));
	}

	@Test
	void theErrorPageAskedForDirectlyIsABadRequestPage() throws Exception {
		HttpResponse<String> anonymous = get("/error", null);
		assertThat(anonymous.statusCode()).isEqualTo(400);
		assertThat(anonymous.body()).doesNotContain("Exception", "Whitelabel", "Tomcat");

		WebSession user = new WebSession(this.port);
		user.signIn("anphu.tuyengiao", "demo1234");
		HttpResponse<String> signedIn = user.get("/error");
		assertThat(signedIn.statusCode()).isEqualTo(400);
		assertThat(signedIn.body()).contains("<nav").doesNotContain("Exception", "Whitelabel", "Tomcat");
	}

}
