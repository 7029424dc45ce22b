package vn.boiduong.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.RuleViolationException;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A role is held at the level it belongs to, so a district role never reaches the whole province. */
@IntegrationTest
class RoleAtUnitTests {

	@Autowired
	UserAccountService accounts;

	@Autowired
	OrgUnitService units;

	@Test
	void aDistrictCommitteeRoleAtTheProvinceIsRefusedNextToTheUnit() {
		UserView user = newUser();
		assertThatThrownBy(() -> this.accounts.assignRole(user.id(), Role.DISTRICT_COMMITTEE, unit("TINH").id()))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.getField()).isEqualTo("unitId");
				assertThat(ex.getMessageKey()).isEqualTo("user.error.roleNotAtUnit");
			});
		assertThat(this.accounts.get(user.id()).roles()).isEmpty();
	}

	@Test
	void aLecturerIsHeldAtAPoliticalCentreOnly() {
		UserView user = newUser();
		assertThatThrownBy(() -> this.accounts.assignRole(user.id(), Role.LECTURER, unit("AP.BTG").id()))
			.isInstanceOf(RuleViolationException.class);
		assertThat(this.accounts.assignRole(user.id(), Role.LECTURER, unit("AP.TTCT").id()).roles()).hasSize(1);
	}

	@Test
	void provinceAndDistrictRolesAreHeldAtTheirBodies() {
		UserView user = newUser();
		this.accounts.assignRole(user.id(), Role.PROVINCE_PROPAGANDA, unit("TINH.BTG").id());
		this.accounts.assignRole(user.id(), Role.DISTRICT_ORGANIZATION, unit("BS.BTC").id());
		assertThatThrownBy(() -> this.accounts.assignRole(user.id(), Role.PROVINCE_PROPAGANDA, unit("AP.BTG").id()))
			.isInstanceOf(RuleViolationException.class);
		assertThat(this.accounts.get(user.id()).roles()).hasSize(2);
	}

	private UserView newUser() {
		return this.accounts.create("vaitro." + UUID.randomUUID().toString().substring(0, 8), "Người Thử Vai Trò", null,
				null, "matkhau123");
	}

	private OrgUnitView unit(String shortName) {
		return this.units.tree().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow();
	}

}
