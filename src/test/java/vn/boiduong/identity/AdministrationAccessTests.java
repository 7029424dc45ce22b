package vn.boiduong.identity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The role × administration-page matrix: someone holding only one role other than ADMIN gets 403 on
 * every administration page and action; the administrator gets the pages.
 */
@IntegrationTest
class AdministrationAccessTests {

	static final String[] PAGES = { "/admin/units", "/admin/units/new", "/admin/units/{unit}/edit", "/admin/users",
			"/admin/users/new", "/admin/users/{user}", "/admin/audit" };

	static final String[] ACTIONS = { "/admin/units", "/admin/units/{unit}", "/admin/units/{unit}/move",
			"/admin/units/{unit}/close", "/admin/users", "/admin/users/{user}", "/admin/users/{user}/roles",
			"/admin/users/{user}/roles/{assignment}/remove", "/admin/users/{user}/password",
			"/admin/users/{user}/deactivate", "/admin/users/{user}/activate", "/admin/users/{user}/unlock" };

	/** Where a demo-like holder of each role sits (by the demo units' short names). */
	static final Map<Role, String> UNIT_OF_ROLE = Map.of(Role.ADMIN, "TINH", Role.PROVINCE_PROPAGANDA, "TINH.BTG",
			Role.DISTRICT_PROPAGANDA, "AP.BTG", Role.DISTRICT_ORGANIZATION, "AP.BTC", Role.DISTRICT_OFFICE, "AP.VP",
			Role.DISTRICT_COMMITTEE, "AP", Role.CENTRE_DIRECTOR, "AP.TTCT", Role.CENTRE_STAFF, "AP.TTCT",
			Role.LECTURER, "AP.TTCT");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetailsService;

	@Autowired
	UserAccountService accounts;

	@Autowired
	OrgUnitService units;

	static Stream<Arguments> everyOtherRoleAndPage() {
		return Arrays.stream(Role.values())
			.filter(role -> role != Role.ADMIN)
			.flatMap(role -> Arrays.stream(PAGES).map(page -> Arguments.of(role, page)));
	}

	static Stream<Arguments> everyOtherRoleAndAction() {
		return Arrays.stream(Role.values())
			.filter(role -> role != Role.ADMIN)
			.flatMap(role -> Arrays.stream(ACTIONS).map(action -> Arguments.of(role, action)));
	}

	@ParameterizedTest(name = "{0} gets 403 on GET {1}")
	@MethodSource("everyOtherRoleAndPage")
	void aNonAdministratorIsForbiddenEveryAdministrationPage(Role role, String page) throws Exception {
		this.mvc.perform(get(resolve(page)).with(user(holderOf(role)))).andExpect(status().isForbidden());
	}

	@ParameterizedTest(name = "{0} gets 403 on POST {1}")
	@MethodSource("everyOtherRoleAndAction")
	void aNonAdministratorIsForbiddenEveryAdministrationAction(Role role, String action) throws Exception {
		Target target = target();
		this.mvc.perform(withValidParams(post(resolve(action)), target).with(csrf()).with(user(holderOf(role))))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.get(target.user().id()).active()).isTrue();
		assertThat(this.units.get(target.unit().id()).closed()).isFalse();
	}

	@ParameterizedTest(name = "ADMIN gets GET {0}")
	@ValueSource(strings = { "/admin/units", "/admin/units/new", "/admin/units/{unit}/edit", "/admin/users",
			"/admin/users/new", "/admin/users/{user}", "/admin/audit" })
	void theAdministratorGetsEveryAdministrationPage(String page) throws Exception {
		this.mvc.perform(get(resolve(page)).with(user(holderOf(Role.ADMIN)))).andExpect(status().isOk());
	}

	@ParameterizedTest(name = "an anonymous visitor is sent to the login page from {0}")
	@ValueSource(strings = { "/admin/units", "/admin/users", "/admin/audit" })
	void anAnonymousVisitorIsSentToSignIn(String page) throws Exception {
		this.mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	/**
	 * The matrix rests on this: a person given one role signs in (through the login form, not a mocked
	 * user) with exactly that role's authority, nothing more.
	 */
	@ParameterizedTest(name = "a person given only {0} signs in with exactly that role")
	@EnumSource(Role.class)
	void aPersonGivenOneRoleSignsInWithExactlyThatRole(Role role) throws Exception {
		String username = "matrix.signin." + UUID.randomUUID().toString().substring(0, 8);
		UserView created = this.accounts.create(username, "Ma Trận Đăng Nhập", null, null, "mat-khau-123");
		this.accounts.assignRole(created.id(), role, unitByShortName(UNIT_OF_ROLE.get(role)).id());

		this.mvc.perform(formLogin().user(username).password("mat-khau-123"))
			.andExpect(authenticated().withUsername(username)
				.withAuthentication(auth -> assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
					.filteredOn(a -> a.startsWith("ROLE_"))
					.containsExactly(role.authority())));
	}

	/** A user that the forbidden actions would change if they got through, and a unit likewise. */
	record Target(UserView user, OrgUnitView unit) {
	}

	private Target target() {
		UserView user = account("matrix.target", Role.LECTURER);
		OrgUnitView centre = unitByShortName("AP.TTCT");
		OrgUnitView unit = this.units.children(centre.id())
			.stream()
			.filter(u -> "MATRIX".equals(u.shortName()))
			.findFirst()
			.orElseGet(() -> this.units.create(OrgUnitKind.PARTY_CELL, "Chi bộ Ma trận quyền", "MATRIX", centre.id(),
					LocalDate.of(2020, 1, 1)));
		return new Target(user, unit);
	}

	private MockHttpServletRequestBuilder withValidParams(MockHttpServletRequestBuilder request, Target target) {
		return request.param("kind", "PARTY_CELL")
			.param("name", "Tên do người không có quyền gõ")
			.param("shortName", "X")
			.param("parentId", target.unit().parentId().toString())
			.param("validFrom", "2020-01-01")
			.param("validTo", "2025-01-01")
			.param("version", String.valueOf(target.unit().version()))
			.param("username", "matrix.intruder")
			.param("fullName", "Kẻ Xâm Nhập")
			.param("password", "mat-khau-123")
			.param("role", "ADMIN")
			.param("unitId", unitByShortName("TINH").id().toString());
	}

	private String resolve(String path) {
		Target target = target();
		return path.replace("{unit}", target.unit().id().toString())
			.replace("{user}", target.user().id().toString())
			.replace("{assignment}", target.user().roles().get(0).id().toString());
	}

	private UserDetails holderOf(Role role) {
		String username = "matrix." + role.name().toLowerCase().replace('_', '-');
		account(username, role);
		return this.userDetailsService.loadUserByUsername(username);
	}

	private UserView account(String username, Role role) {
		return this.accounts.search(username, 0, 5)
			.stream()
			.filter(u -> u.username().equals(username))
			.findFirst()
			.orElseGet(() -> {
				UserView created = this.accounts.create(username, "Ma Trận " + role.name(), null, null, "mat-khau-123");
				return this.accounts.assignRole(created.id(), role, unitByShortName(UNIT_OF_ROLE.get(role)).id());
			});
	}

	private OrgUnitView unitByShortName(String shortName) {
		return this.units.tree().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow();
	}

}
