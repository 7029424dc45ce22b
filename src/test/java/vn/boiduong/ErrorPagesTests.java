package vn.boiduong;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.boiduong.support.ServerTest;
import vn.boiduong.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user sees when something is missing or forbidden: a page in Vietnamese inside the normal
 * layout, never a stack trace or the container's error page. Real HTTP, so the error dispatch runs.
 */
@ServerTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Test
	void anUnknownAddressGetsTheVietnameseNotFoundPage() {
		WebSession user = signedIn("anphu.tuyengiao");

		HttpResponse<String> page = user.get("/khong-co-trang-nay/123");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Không tìm thấy", "Trang hoặc bản ghi bạn tìm không tồn tại", "Về trang chủ");
		assertNoInternals(page.body());
	}

	@Test
	void anAdministrationPageGetsTheVietnameseForbiddenPageForAnotherRole() {
		WebSession user = signedIn("anphu.giangvien");

		HttpResponse<String> page = user.get("/admin/users");

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Không có quyền truy cập", "Về trang chủ");
		assertNoInternals(page.body());
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefusedWithAFriendlyPage() throws Exception {
		WebSession user = signedIn("anphu.giangvien");

		HttpResponse<String> page = user.postWithoutToken("/account/password");

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Không có quyền truy cập");
		assertNoInternals(page.body());
	}

	@Test
	void anAnonymousVisitorOfAnUnknownAddressIsSentToSignInFirst() {
		HttpResponse<String> page = new WebSession(this.port).get("/khong-co-trang-nay");

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	private WebSession signedIn(String username) {
		WebSession session = new WebSession(this.port);
		HttpResponse<String> signIn = session.signIn(username, "demo1234");
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
		return session;
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception", "Whitelabel", "Tomcat", "at org.", "at vn.", "\"trace\"")
			.contains("<nav");
	}

}
