package vn.boiduong.identity.web;

import java.util.UUID;

import org.hamcrest.Matcher;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.util.HtmlUtils;

import vn.boiduong.audit.AuditEventView;
import vn.boiduong.audit.AuditLog;
import vn.boiduong.audit.AuditQuery;
import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserAccountService;
import vn.boiduong.identity.UserView;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's account pages: creating, validating, roles with their audit trail, deactivation.
 * (Sign-in failures are checked by where they lead: under @WithUserDetails the test's own security
 * context would hide an unauthenticated result; SignInRefusalTests checks that without it.)
 */
@IntegrationTest
@WithUserDetails("admin")
class UserAdministrationTests {

	private static final String PASSWORD = "mat-khau-123";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountService accounts;

	@Autowired
	OrgUnitService units;

	@Autowired
	AuditLog audit;

	@Test
	void duplicateUsernameIsRefusedWhateverItsCaseNextToTheField() throws Exception {
		this.mvc.perform(post("/admin/users").with(csrf())
			.param("username", "AnPhu.TuyenGiao")
			.param("fullName", "Người Trùng Tên")
			.param("email", "")
			.param("phone", "")
			.param("password", PASSWORD))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "user.error.usernameTaken"))
			.andExpect(html(containsString("id=\"username-error\">Tên đăng nhập \"AnPhu.TuyenGiao\" đã có người dùng.")))
			.andExpect(html(containsString("value=\"Người Trùng Tên\"")));
	}

	@Test
	void createsAnAccountAndOpensItsPage() throws Exception {
		String username = unique("giangvien");
		String location = this.mvc.perform(post("/admin/users").with(csrf())
			.param("username", username)
			.param("fullName", "Trương Thị Bích")
			.param("email", username + "@boiduong.example")
			.param("phone", "0905 123 456")
			.param("password", PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/admin/users/\\d+");
		this.mvc.perform(get(location)).andExpect(status().isOk()).andExpect(html(containsString("Trương Thị Bích")));
		this.mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void invalidFieldsAreRefusedInVietnameseNextToEachFieldAndTheTypedValuesStay() throws Exception {
		this.mvc.perform(post("/admin/users").with(csrf())
			.param("username", "tên có dấu")
			.param("fullName", " ")
			.param("email", "không-phải-thư")
			.param("phone", "0905")
			.param("password", "ngan"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "username", "fullName", "email"))
			.andExpect(html(containsString("id=\"fullName-error\">Không được để trống.")))
			.andExpect(html(containsString("id=\"email-error\">Địa chỉ thư điện tử không hợp lệ.")))
			.andExpect(html(containsString("id=\"username-error\">Tên đăng nhập chỉ gồm chữ cái không dấu")))
			.andExpect(html(containsString("value=\"tên có dấu\"")))
			.andExpect(html(containsString("value=\"0905\"")));
	}

	@Test
	void aTooShortInitialPasswordIsRefusedNextToTheField() throws Exception {
		this.mvc.perform(post("/admin/users").with(csrf())
			.param("username", unique("ngan"))
			.param("fullName", "Mật Khẩu Ngắn")
			.param("password", "1234"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.error.tooShort"))
			.andExpect(html(containsString("Mật khẩu phải có ít nhất 8 ký tự.")));
	}

	@Test
	void assigningAndRemovingARoleShowOnThePageAndInTheAuditLog() throws Exception {
		UserView user = newUser();
		OrgUnitView centre = unit("AP.TTCT");
		this.mvc.perform(post("/admin/users/{id}/roles", user.id()).with(csrf())
			.param("role", "CENTRE_STAFF")
			.param("unitId", centre.id().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/users/" + user.id()));
		UserView.RoleView assignment = this.accounts.get(user.id()).roles().get(0);
		assertThat(assignment.role()).isEqualTo(Role.CENTRE_STAFF);
		this.mvc.perform(get("/admin/users/{id}", user.id()))
			.andExpect(html(containsString("Cán bộ cơ sở giảng dạy")))
			.andExpect(html(containsString(centre.name())));
		assertThat(events("ROLE_ASSIGNED", user)).singleElement()
			.satisfies(e -> assertThat(e.afterState()).contains("CENTRE_STAFF@" + centre.id()));

		this.mvc.perform(post("/admin/users/{id}/roles/{rid}/remove", user.id(), assignment.id()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.accounts.get(user.id()).roles()).isEmpty();
		assertThat(events("ROLE_REMOVED", user)).singleElement()
			.satisfies(e -> assertThat(e.beforeState()).contains("CENTRE_STAFF@" + centre.id()));
	}

	@Test
	void assigningARoleAlreadyHeldIsRefusedNextToTheRole() throws Exception {
		UserView user = newUser();
		OrgUnitView board = unit("AP.BTG");
		this.accounts.assignRole(user.id(), Role.DISTRICT_PROPAGANDA, board.id());
		this.mvc.perform(post("/admin/users/{id}/roles", user.id()).with(csrf())
			.param("role", "DISTRICT_PROPAGANDA")
			.param("unitId", board.id().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("assignForm", "role", "user.error.roleHeld"));
	}

	@Test
	void aDeactivatedAccountCannotSignIn() throws Exception {
		UserView user = newUser();
		this.mvc.perform(formLogin().user(user.username()).password(PASSWORD)).andExpect(authenticated());
		this.mvc.perform(post("/admin/users/{id}/deactivate", user.id()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.accounts.get(user.id()).active()).isFalse();
		// The generic failure: a deactivated account is not told apart from a wrong password.
		this.mvc.perform(formLogin().user(user.username()).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(post("/admin/users/{id}/activate", user.id()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin().user(user.username()).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aLockedAccountShowsUntilWhenAndCanBeUnlocked() throws Exception {
		UserView user = newUser();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(user.username()).password("sai-mat-khau"));
		}
		this.mvc.perform(formLogin().user(user.username()).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/admin/users/{id}", user.id()))
			.andExpect(status().isOk())
			.andExpect(html(containsString("id=\"locked-until\">Tạm khóa đến ")));
		this.mvc.perform(post("/admin/users/{id}/unlock", user.id()).with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin().user(user.username()).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aStaleProfileFormShowsTheConflictMessageAndKeepsWhatWasTyped() throws Exception {
		UserView user = newUser();
		this.accounts.updateProfile(user.id(), user.version(), "Tên Đã Đổi", null, null);
		this.mvc.perform(post("/admin/users/{id}", user.id()).with(csrf())
			.param("fullName", "Tên Tôi Gõ")
			.param("email", "")
			.param("phone", "")
			.param("version", String.valueOf(user.version())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(html(containsString("Người khác đã lưu thay đổi trước bạn")))
			.andExpect(html(containsString("value=\"Tên Tôi Gõ\"")));
		assertThat(this.accounts.get(user.id()).fullName()).isEqualTo("Tên Đã Đổi");
	}

	@Test
	void theAccountListOpensWithoutASearch() throws Exception {
		// More than the driver's prepare threshold (5): a server-prepared statement must still work.
		for (int i = 0; i < 7; i++) {
			this.mvc.perform(get("/admin/users").param("page", String.valueOf(i % 2)))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/admin/users")).andExpect(html(containsString(">admin</a>")));
	}

	@Test
	void pagingThroughASearchKeepsTheSearch() throws Exception {
		String prefix = "trang" + UUID.randomUUID().toString().substring(0, 4);
		for (int i = 0; i < 21; i++) {
			this.accounts.create(prefix + "." + i, "Người Trang " + i, null, null, PASSWORD);
		}
		this.mvc.perform(get("/admin/users?q={q}", prefix.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(html(containsString("href=\"/admin/users?q=" + prefix.toUpperCase() + "&page=1\"")));
		this.mvc.perform(get("/admin/users").param("q", prefix).param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(html(containsString("Trang 2/2 (21 mục)")));
	}

	@Test
	void searchFindsAccountsByUsernameOrFullName() throws Exception {
		this.mvc.perform(get("/admin/users").param("q", "anphu"))
			.andExpect(status().isOk())
			.andExpect(html(containsString("anphu.giangvien")))
			.andExpect(html(org.hamcrest.Matchers.not(containsString("binhson.tuyengiao"))));
		this.mvc.perform(get("/admin/users").param("q", "ngô thị"))
			.andExpect(html(containsString("binhson.tuyengiao")));
	}

	@Test
	void resettingAPasswordLetsTheUserSignInWithTheNewOne() throws Exception {
		UserView user = newUser();
		this.mvc.perform(post("/admin/users/{id}/password", user.id()).with(csrf()).param("password", "moi-hoan-toan-1"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin().user(user.username()).password("moi-hoan-toan-1")).andExpect(authenticated());
		assertThat(events("PASSWORD_RESET", user)).hasSize(1);
	}

	private java.util.List<AuditEventView> events(String action, UserView user) {
		return this.audit.search(new AuditQuery("admin", action, "UserAccount", user.id().toString(), null, null), 0, 10)
			.getContent();
	}

	private UserView newUser() {
		return this.accounts.create(unique("test"), "Người Thử", null, null, PASSWORD);
	}

	private OrgUnitView unit(String shortName) {
		return this.units.tree().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow();
	}

	private static String unique(String prefix) {
		return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
	}

	static ResultMatcher html(Matcher<String> matcher) {
		return result -> MatcherAssert.assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()),
				matcher);
	}

	@Test
	@WithUserDetails("anphu.giangvien")
	void theOwnPasswordPageTellsTheMinimumLengthBeforeTheFirstTry() throws Exception {
		this.mvc.perform(get("/account/password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ít nhất " + UserAccountService.MIN_PASSWORD_LENGTH + " ký tự.")));
	}

}
