package vn.boiduong.identity.web;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserAccountService;
import vn.boiduong.identity.UserView;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in as a real visitor (no test security context): a deactivated account is refused. */
@IntegrationTest
class DeactivatedAccountSignInTests {

	private static final String PASSWORD = "mat-khau-123";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountService accounts;

	@Autowired
	OrgUnitService units;

	@Test
	void aDeactivatedAccountCannotSignIn() throws Exception {
		UserView user = newLecturer();
		this.mvc.perform(formLogin().user(user.username()).password(PASSWORD)).andExpect(authenticated());
		this.accounts.deactivate(user.id());
		this.mvc.perform(formLogin().user(user.username()).password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void deactivatingAnAccountEndsItsOpenSessions() throws Exception {
		UserView user = newLecturer();
		Cookie session = this.mvc.perform(formLogin().user(user.username()).password(PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		this.accounts.deactivate(user.id());
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	private UserView newLecturer() {
		UserView user = this.accounts.create("thu." + UUID.randomUUID().toString().substring(0, 8), "Người Thử", null,
				null, PASSWORD);
		Long centre = this.units.tree().stream().filter(u -> "AP.TTCT".equals(u.shortName())).findFirst().orElseThrow().id();
		return this.accounts.assignRole(user.id(), Role.LECTURER, centre);
	}

}
