package vn.boiduong.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.NoOpPasswordEncoder;

import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A role held at a unit works while the unit is open: until the day before its closing date (the unit
 * is "closed from" that date), and a session holding it reads its roles again on that day.
 */
class RoleValidityTests {

	static final LocalDate CLOSING = LocalDate.of(2026, 3, 10);

	OrgUnitService units = mock(OrgUnitService.class);

	@Test
	void aRoleAtAUnitClosingLaterWorksUntilTheDayBefore() {
		AccountPrincipal principal = principalOn(CLOSING.minusDays(1));

		assertThat(principal.has(Role.DISTRICT_OFFICE)).isTrue();
		assertThat(principal.rolesExpiredOn(CLOSING.minusDays(1))).isFalse();
		assertThat(principal.rolesExpiredOn(CLOSING)).as("read again on the closing day").isTrue();
	}

	@Test
	void aRoleAtAUnitClosedFromTodayNoLongerWorks() {
		AccountPrincipal principal = principalOn(CLOSING);

		assertThat(principal.has(Role.DISTRICT_OFFICE)).isFalse();
		assertThat(principal.has(Role.LECTURER)).as("a role at an open unit stays").isTrue();
		assertThat(principal.rolesExpiredOn(CLOSING.plusDays(30))).isFalse();
	}

	@Test
	void aRoleGivenAtASuccessorFromALaterDayActsFromThatDayAndTheSessionReadsItAgainThen() {
		AccountPrincipal before = principalOn(CLOSING.minusDays(1), true);
		AccountPrincipal on = principalOn(CLOSING, true);

		assertThat(before.unitsWith(Role.DISTRICT_OFFICE)).as("the closing office still, the successor not yet")
			.containsExactly(5L);
		assertThat(before.rolesExpiredOn(CLOSING)).isTrue();
		assertThat(on.unitsWith(Role.DISTRICT_OFFICE)).as("the successor from the day").containsExactly(7L);
	}

	private AccountPrincipal principalOn(LocalDate day) {
		return principalOn(day, false);
	}

	/** With {@code successor}: the office's role also given at its successor (7) from the closing day. */
	private AccountPrincipal principalOn(LocalDate day, boolean successor) {
		// noon in Vietnam
		Clock clock = Clock.fixed(day.atTime(5, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		UserAccount account = new UserAccount("van.phong", "Người Thử", null, null, "{noop}x", Instant.EPOCH);
		account.assign(Role.DISTRICT_OFFICE, 5L);
		account.assign(Role.LECTURER, 6L);
		if (successor) {
			account.assign(Role.DISTRICT_OFFICE, 7L, CLOSING);
		}
		when(this.units.findAll(any())).thenReturn(List.of(
				new OrgUnitView(5L, OrgUnitKind.COMMITTEE_OFFICE, "Văn phòng", null, 1L, "/1/5/", LocalDate.of(2020, 1, 1),
						CLOSING, 1),
				new OrgUnitView(6L, OrgUnitKind.POLITICAL_CENTRE, "Trung tâm", null, 1L, "/1/6/", LocalDate.of(2020, 1, 1),
						null, 1),
				new OrgUnitView(7L, OrgUnitKind.COMMITTEE_OFFICE, "Văn phòng Đảng ủy phường", null, 8L, "/8/7/",
						LocalDate.of(2025, 7, 1), null, 1)));
		AccountUserDetailsService service = new AccountUserDetailsService(mock(UserAccountRepository.class), this.units,
				mock(LoginAttempts.class), NoOpPasswordEncoder.getInstance(), clock);
		return service.principalOf(account, false);
	}

}
