package vn.boiduong.identity.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserAccountService;
import vn.boiduong.identity.UserView;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.support.ServerTest;
import vn.boiduong.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change to a person's roles, units, password or status judges their very next request, in every
 * browser they have open: real HTTP, signed in through /login, sessions stored in PostgreSQL.
 */
@ServerTest
class OpenSessionTests {

	static final String PASSWORD = "mat-khau-cu-1";

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService accounts;

	@Autowired
	OrgUnitService units;

	@Test
	void anAdministratorWhoseRoleWasRemovedCannotGiveItBackFromHisOpenSession() {
		UserView admin = newUser(Role.ADMIN, unit("TINH").id());
		WebSession first = signedIn(admin.username(), PASSWORD);
		WebSession second = signedIn(admin.username(), PASSWORD);
		assertThat(first.get("/admin/users").statusCode()).isEqualTo(200);
		assertThat(second.get("/admin/users").statusCode()).isEqualTo(200);

		WebSession root = signedIn("admin", "demo1234");
		HttpResponse<String> removed = root.post("/admin/users/" + admin.id() + "/roles/" + admin.roles().get(0).id()
				+ "/remove", "/admin/users/" + admin.id());
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(this.accounts.get(admin.id()).roles()).isEmpty();

		HttpResponse<String> regrant = first.post("/admin/users/" + admin.id() + "/roles", "/", "role", "ADMIN",
				"unitId", unit("TINH").id().toString());

		assertThat(regrant.statusCode()).isEqualTo(403);
		assertThat(this.accounts.get(admin.id()).roles()).isEmpty();
		assertThat(second.get("/admin/users").statusCode()).isEqualTo(403);
		assertThat(first.get("/").statusCode()).as("still signed in, without the role").isEqualTo(200);
	}

	@Test
	void aRoleGivenWhileSignedInWorksOnTheNextRequest() {
		UserView user = newUser(Role.LECTURER, unit("AP.TTCT").id());
		WebSession open = signedIn(user.username(), PASSWORD);
		assertThat(open.get("/admin/users").statusCode()).isEqualTo(403);

		this.accounts.assignRole(user.id(), Role.ADMIN, unit("TINH").id());

		assertThat(open.get("/admin/users").statusCode()).isEqualTo(200);
	}

	@Test
	void aPasswordResetEndsEveryOpenSession() {
		UserView user = newUser(Role.LECTURER, unit("AP.TTCT").id());
		WebSession first = signedIn(user.username(), PASSWORD);
		WebSession second = signedIn(user.username(), PASSWORD);

		this.accounts.resetPassword(user.id(), "mat-khau-moi-2");

		assertSentToSignIn(first);
		assertSentToSignIn(second);
		signedIn(user.username(), "mat-khau-moi-2");
	}

	@Test
	void deactivatingAnAccountEndsEveryOpenSession() {
		UserView user = newUser(Role.LECTURER, unit("AP.TTCT").id());
		WebSession first = signedIn(user.username(), PASSWORD);
		WebSession second = signedIn(user.username(), PASSWORD);

		this.accounts.deactivate(user.id());

		assertSentToSignIn(first);
		assertSentToSignIn(second);
	}

	@Test
	void changingOnesOwnPasswordKeepsThisSessionUnderANewIdAndEndsTheOthers() {
		UserView user = newUser(Role.LECTURER, unit("AP.TTCT").id());
		WebSession here = signedIn(user.username(), PASSWORD);
		WebSession elsewhere = signedIn(user.username(), PASSWORD);
		String before = here.cookie("SESSION");

		HttpResponse<String> changed = here.post("/account/password", "/account/password", "currentPassword",
				PASSWORD, "newPassword", "mat-khau-moi-3", "confirmPassword", "mat-khau-moi-3");

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		assertThat(here.cookie("SESSION")).as("the session id is issued again").isNotEqualTo(before);
		assertThat(here.get("/").statusCode()).isEqualTo(200);
		assertSentToSignIn(elsewhere);
	}

	@Test
	void aRoleAtAClosedUnitNoLongerWorksInAnOpenSessionNorAtSignIn() {
		OrgUnitView board = provinceBody("Ban thử giải thể");
		UserView admin = newUser(Role.ADMIN, board.id());
		WebSession open = signedIn(admin.username(), PASSWORD);
		assertThat(open.get("/admin/users").statusCode()).isEqualTo(200);

		this.units.close(board.id(), board.version(), LocalDate.now(ZONE));

		assertThat(open.get("/admin/users").statusCode()).isEqualTo(403);
		assertThat(signedIn(admin.username(), PASSWORD).get("/admin/users").statusCode()).isEqualTo(403);
	}

	@Test
	void aRoleAtAUnitClosingOnALaterDayWorksUntilThatDay() {
		OrgUnitView board = provinceBody("Ban thử sắp giải thể");
		UserView admin = newUser(Role.ADMIN, board.id());
		WebSession open = signedIn(admin.username(), PASSWORD);

		this.units.close(board.id(), board.version(), LocalDate.now(ZONE).plusDays(1));

		assertThat(open.get("/admin/users").statusCode()).isEqualTo(200);
		assertThat(signedIn(admin.username(), PASSWORD).get("/admin/users").statusCode()).isEqualTo(200);
	}

	private OrgUnitView provinceBody(String name) {
		return this.units.create(OrgUnitKind.PROPAGANDA_BOARD, name + " " + UUID.randomUUID().toString().substring(0, 6),
				null, unit("TINH").id(), LocalDate.of(2020, 1, 1));
	}

	private UserView newUser(Role role, Long unitId) {
		UserView user = this.accounts.create("phien." + UUID.randomUUID().toString().substring(0, 8), "Người Thử Phiên",
				null, null, PASSWORD);
		return this.accounts.assignRole(user.id(), role, unitId);
	}

	private OrgUnitView unit(String shortName) {
		return this.units.tree().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow();
	}

	private WebSession signedIn(String username, String password) {
		WebSession session = new WebSession(this.port);
		HttpResponse<String> signIn = session.signIn(username, password);
		assertThat(signIn.headers().firstValue("Location")).as("signed in as " + username)
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
		return session;
	}

	private static void assertSentToSignIn(WebSession session) {
		HttpResponse<String> page = session.get("/");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

}
