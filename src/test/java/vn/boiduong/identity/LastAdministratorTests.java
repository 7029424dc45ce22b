package vn.boiduong.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.util.ReflectionTestUtils;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Someone must always be able to manage the accounts: the last active administrator stays. The rule
 * alone, on one account; {@link LastAdministratorRaceTests} proves it holds when two administrators
 * remove each other at the same moment.
 */
class LastAdministratorTests {

	UserAccountRepository repository = mock(UserAccountRepository.class);

	UserAccountService service;

	UserAccount administrator;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void setUp() {
		Clock clock = Clock.fixed(Instant.parse("2026-01-05T01:00:00Z"), ZoneOffset.UTC);
		this.service = new UserAccountService(this.repository, mock(PasswordEncoder.class), mock(OrgUnitService.class),
				mock(AuditLog.class), clock,
				(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>>) mock(ObjectProvider.class),
				mock(JdbcTemplate.class), mock(LoginAttempts.class));
		this.administrator = new UserAccount("quantri", "Quản Trị", null, null, "{noop}x", clock.instant());
		ReflectionTestUtils.setField(this.administrator.assign(Role.ADMIN, 1L), "id", 11L);
		when(this.repository.findById(7L)).thenReturn(Optional.of(this.administrator));
	}

	@Test
	void theLastActiveAdministratorCannotBeDeactivated() {
		when(this.repository.countActiveHolding(Role.ADMIN)).thenReturn(1L);
		assertThatThrownBy(() -> this.service.deactivate(7L)).isInstanceOf(RuleViolationException.class)
			.hasMessage("user.error.lastAdministrator");
		assertThat(this.administrator.isActive()).isTrue();
	}

	@Test
	void anAdministratorCanBeDeactivatedWhileAnotherRemains() {
		when(this.repository.countActiveHolding(Role.ADMIN)).thenReturn(2L);
		this.service.deactivate(7L);
		assertThat(this.administrator.isActive()).isFalse();
	}

	@Test
	void theLastActiveAdministratorKeepsTheRole() {
		when(this.repository.countActiveHolding(Role.ADMIN)).thenReturn(1L);
		assertThatThrownBy(() -> this.service.removeRole(7L, 11L)).isInstanceOf(RuleViolationException.class)
			.hasMessage("user.error.lastAdministrator");
		assertThat(this.administrator.holds(Role.ADMIN)).isTrue();
	}

	@Test
	void anotherRoleOfTheLastAdministratorCanBeRemoved() {
		when(this.repository.countActiveHolding(Role.ADMIN)).thenReturn(1L);
		ReflectionTestUtils.setField(this.administrator.assign(Role.LECTURER, 2L), "id", 12L);
		this.service.removeRole(7L, 12L);
		assertThat(this.administrator.holds(Role.LECTURER)).isFalse();
		assertThat(this.administrator.holds(Role.ADMIN)).isTrue();
	}

}
