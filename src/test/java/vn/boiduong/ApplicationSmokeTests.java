package vn.boiduong;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.support.IntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApplicationSmokeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void anonymousVisitorIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void loginPageIsVietnameseAndCarriesSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập")))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "/webjars/bootstrap/css/bootstrap.min.css",
			"/webjars/bootstrap/js/bootstrap.bundle.min.js", "/webjars/htmx.org/dist/htmx.min.js", "/css/app.css",
			"/js/app.js", "/img/favicon.svg" })
	void stylesScriptsAndImagesAreServedByTheApplicationItself(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isOk());
	}

	@Test
	void demoUserSignsIn() throws Exception {
		this.mvc.perform(formLogin().user("anphu.tuyengiao").password("demo1234")).andExpect(authenticated());
	}

	@Test
	void sessionsAreKeptInPostgresqlSoThatSeveralNodesCanServe() throws Exception {
		this.mvc.perform(formLogin().user("anphu.vanphong").password("demo1234")).andExpect(authenticated());
		Integer sessions = this.jdbc.queryForObject(
				"select count(*) from spring_session where principal_name = 'anphu.vanphong'", Integer.class);
		org.assertj.core.api.Assertions.assertThat(sessions).isPositive();
	}

}
