package vn.boiduong.identity;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.audit.AuditQuery;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in: five wrong passwords lock a name for 15 minutes, whether or not an account has it, so the
 * answers never tell whether a name exists; the holder of a locked account is told until when; a name
 * of any length is an audited failure, kept short in the session; the session changes on sign-in and
 * ends on sign-out. Each test uses an account of its own.
 */
@IntegrationTest
class LockoutTests {

	static final String PASSWORD = "dung-mat-khau-1";

	static final String WRONG = "sai-mat-khau";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountService accounts;

	@Autowired
	OrgUnitService units;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	String username;

	@BeforeEach
	void createAccount() {
		this.username = "thu.khoa." + UUID.randomUUID().toString().substring(0, 8);
		UserView user = this.accounts.create(this.username, "Người Thử Khóa", null, null, PASSWORD);
		Long board = this.units.tree()
			.stream()
			.filter(u -> "AP.BTG".equals(u.shortName()))
			.findFirst()
			.orElseThrow()
			.id();
		this.accounts.assignRole(user.id(), Role.DISTRICT_PROPAGANDA, board);
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
		failFiveTimes();

		this.mvc.perform(formLogin().user(this.username).password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));

		assertThat(auditCount("LOGIN_FAILED")).isEqualTo(5);
		assertThat(auditCount("ACCOUNT_LOCKED")).isEqualTo(1);
		assertThat(auditCount("LOGIN_REFUSED_LOCKED")).isEqualTo(1);
		assertThat(auditCount("LOGIN")).isZero();
	}

	@Test
	void theLockedPageSaysInVietnameseForHowLong() throws Exception {
		this.mvc.perform(get("/login").param("locked", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tài khoản đã bị tạm khóa 15 phút")));
	}

	@Test
	void aWrongPasswordGetsTheGenericVietnameseMessage() throws Exception {
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
	}

	@Test
	void anUnknownUsernameGetsExactlyTheAnswerOfAWrongPassword() throws Exception {
		MvcResult wrongPassword = this.mvc.perform(formLogin().user(this.username).password(WRONG))
			.andExpect(unauthenticated())
			.andReturn();
		MvcResult unknownName = this.mvc.perform(formLogin().user("khong.ton.tai." + UUID.randomUUID()).password(WRONG))
			.andExpect(unauthenticated())
			.andReturn();

		assertThat(unknownName.getResponse().getStatus()).isEqualTo(wrongPassword.getResponse().getStatus());
		assertThat(unknownName.getResponse().getRedirectedUrl()).isEqualTo("/login?error")
			.isEqualTo(wrongPassword.getResponse().getRedirectedUrl());
	}

	@Test
	void whenTheLockRunsOutTheRightPasswordWorksAndTheCountStartsAgain() throws Exception {
		failFiveTimes();
		lockRanOut();

		this.mvc.perform(formLogin().user(this.username).password(PASSWORD))
			.andExpect(authenticated().withUsername(this.username))
			.andExpect(redirectedUrl("/"));

		assertThat(this.jdbc.queryForObject("select count(*) from login_failure where name_key = ?", Long.class,
				this.username.toLowerCase()))
			.as("the failures are forgotten")
			.isZero();
		assertThat(auditCount("LOGIN")).isEqualTo(1);
	}

	@Test
	void whenTheLockRunsOutOneMoreWrongPasswordDoesNotLockAgainAtOnce() throws Exception {
		failFiveTimes();
		lockRanOut();

		this.mvc.perform(formLogin().user(this.username).password(WRONG)).andExpect(redirectedUrl("/login?error"));

		this.mvc.perform(formLogin().user(this.username).password(PASSWORD))
			.andExpect(authenticated().withUsername(this.username));
	}

	@Test
	void signingInGivesANewSessionAndTheOldOneStaysAnonymous() throws Exception {
		Cookie before = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
			.getCookie("SESSION");
		assertThat(before).as("a session exists before signing in").isNotNull();

		Cookie after = signIn(before);

		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		this.mvc.perform(get("/").cookie(after))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Việc cần làm")));
		this.mvc.perform(get("/").cookie(before)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		Cookie before = this.mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		Cookie session = signIn(before);
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login").param("logout", ""))
			.andExpect(content().string(containsString("Bạn đã đăng xuất.")));
	}

	@Test
	void signingOutNeedsTheCsrfToken() throws Exception {
		Cookie session = signIn(this.mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION"));

		this.mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());

		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void anUnknownNameAnswersExactlyLikeAKnownOneWrongThenLocked() throws Exception {
		String unknown = "khong.ton.tai." + UUID.randomUUID().toString().substring(0, 8);

		List<String> known = sixWrongPasswords(this.username);
		List<String> stranger = sixWrongPasswords(unknown);

		assertThat(known).containsExactly("/login?error", "/login?error", "/login?error", "/login?error",
				"/login?error", "/login?locked");
		assertThat(stranger).isEqualTo(known);
		assertThat(auditCount(unknown, "LOGIN_FAILED")).isEqualTo(5);
		assertThat(auditCount(unknown, "ACCOUNT_LOCKED")).isEqualTo(1);
	}

	@Test
	void aDeactivatedAccountAnswersLikeAnUnknownName() throws Exception {
		UserView user = this.accounts.search(this.username, 0, 1).getContent().get(0);
		this.accounts.deactivate(user.id());

		this.mvc.perform(formLogin().user(this.username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		assertThat(sixWrongPasswords(this.username)).endsWith("/login?locked");
	}

	@Test
	void theHolderOfALockedAccountIsToldUntilWhen() throws Exception {
		failFiveTimes();

		MvcResult refused = this.mvc.perform(formLogin().user(this.username).password(PASSWORD))
			.andExpect(redirectedUrl("/login?locked"))
			.andReturn();
		Cookie session = refused.getResponse().getCookie("SESSION");
		Instant lockedUntil = this.jdbc.queryForObject("select locked_until from login_failure where name_key = ?",
				Timestamp.class, this.username.toLowerCase()).toInstant();
		String until = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
			.format(lockedUntil.atZone(ZoneId.of("Asia/Ho_Chi_Minh")));

		this.mvc.perform(get("/login").param("locked", "").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tài khoản đã bị tạm khóa")))
			.andExpect(content().string(containsString("Có thể đăng nhập lại từ " + until + ".")));
	}

	@Test
	void aLockedUnknownNameIsToldUntilWhenLikeAKnownOne() throws Exception {
		String unknown = "khong.ton.tai." + UUID.randomUUID().toString().substring(0, 8);
		sixWrongPasswords(unknown);

		Cookie session = this.mvc.perform(formLogin().user(unknown).password(PASSWORD))
			.andExpect(redirectedUrl("/login?locked"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		this.mvc.perform(get("/login").param("locked", "").cookie(session))
			.andExpect(content().string(containsString("Tài khoản đã bị tạm khóa")))
			.andExpect(content().string(containsString("Có thể đăng nhập lại từ ")));
	}

	@Test
	void aUsernameOverSixtyCharactersIsAnAuditedFailedSignIn() throws Exception {
		String name = "x" + UUID.randomUUID().toString().replace("-", "") + "y".repeat(40);
		assertThat(name).hasSizeGreaterThan(60);

		this.mvc.perform(formLogin().user(name).password(WRONG)).andExpect(redirectedUrl("/login?error"));

		assertThat(auditCount(name.substring(0, 60), "LOGIN_FAILED")).isEqualTo(1);
	}

	@Test
	void aHugeUsernameIsNotKeptWholeInTheSession() throws Exception {
		String name = "a".repeat(640_000);

		MvcResult result = this.mvc.perform(formLogin().user(name).password(WRONG))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();

		Cookie session = result.getResponse().getCookie("SESSION");
		String sessionId = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.US_ASCII);
		Long storedBytes = this.jdbc.queryForObject("""
				select sum(length(a.attribute_bytes)) from spring_session_attributes a
				join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?""", Long.class,
				sessionId);
		assertThat(storedBytes).as("the session stored before sign-in").isLessThan(4_000);
		this.mvc.perform(get("/login").param("error", "").cookie(session))
			.andExpect(content().string(containsString("value=\"" + "a".repeat(100) + "\"")));
		assertThat(auditCount("a".repeat(60), "LOGIN_FAILED")).isPositive();
	}

	private List<String> sixWrongPasswords(String name) throws Exception {
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			answers.add(this.mvc.perform(formLogin().user(name).password(WRONG))
				.andExpect(unauthenticated())
				.andReturn()
				.getResponse()
				.getRedirectedUrl());
		}
		return answers;
	}

	private long auditCount(String actor, String action) {
		return this.audit.search(new AuditQuery(actor, action, null, null, null, null), 0, 50).getTotalElements();
	}

	private Cookie signIn(Cookie session) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").cookie(session)
				.param("username", this.username)
				.param("password", PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("a session cookie after signing in").isNotNull();
		return cookie;
	}

	private void failFiveTimes() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(this.username).password(WRONG))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
	}

	private void lockRanOut() {
		lockRanOut(this.username);
	}

	private void lockRanOut(String name) {
		int changed = this.jdbc.update(
				"update login_failure set locked_until = now() - interval '1 minute' where name_key = ? and locked_until is not null",
				name.toLowerCase());
		assertThat(changed).as("the account was locked").isEqualTo(1);
	}

	private long auditCount(String action) {
		return this.audit.search(new AuditQuery(this.username, action, null, null, null, null), 0, 50)
			.getTotalElements();
	}

}
