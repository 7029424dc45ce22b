package vn.boiduong.identity;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.organization.OrgTree;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, item 5: a closed unit's history is seen by the units that succeeded it. A ward that continues a
 * district joins its lists on the district too; another ward does not; the province needs nothing more.
 */
@IntegrationTest
@Transactional
class SuccessorHistoryScopeTests {

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired
	OrgUnitService units;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aWardThatSucceededADistrictSeesTheDistrictsSubtreeAndAnotherWardDoesNot() {
		OrgUnitView province = this.units.tree().stream().filter(u -> u.kind() == OrgUnitKind.PROVINCE).findFirst()
			.orElseThrow();
		OrgUnitView district = this.units.create(OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy Lịch Sử", "LS", province.id(),
				LocalDate.of(2020, 1, 1));
		OrgUnitView grassroots = this.units.create(OrgUnitKind.GRASSROOTS_ORGANIZATION, "Đảng bộ xã Cũ", null,
				district.id(), LocalDate.of(2020, 1, 1));
		OrgUnitView ward = this.units.create(OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy phường Kế Thừa", "KT",
				province.id(), REFORM);
		OrgUnitView board = this.units.create(OrgUnitKind.PARTY_BUILDING_BOARD, "Ban xây dựng đảng", null, ward.id(),
				REFORM);
		OrgUnitView otherWard = this.units.create(OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Khác", "XK", province.id(),
				REFORM);
		this.jdbc.update("update org_unit set valid_to = ? where id in (?, ?)", REFORM, district.id(), grassroots.id());
		this.jdbc.update("insert into org_unit_succession (predecessor_id, successor_id, succeeded_on) values (?, ?, ?)",
				district.id(), ward.id(), REFORM);
		// the writes above bypassed the services; the next request reads the tree again (this test's own
		// request, which Spring's test context opened, already holds the tree read while creating the units)
		org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
		OrgTree tree = this.units.currentTree();

		UserScope wardStaff = UserScope.of(principal(Role.DISTRICT_PROPAGANDA, board.id()), tree);
		UserScope otherStaff = UserScope.of(principal(Role.DISTRICT_PROPAGANDA, otherWard.id()), tree);
		UserScope provinceStaff = UserScope.of(principal(Role.PROVINCE_PROPAGANDA, province.id()), tree);

		assertThat(wardStaff.scopeUnitIds()).containsExactlyInAnyOrder(ward.id(), district.id());
		assertThat(wardStaff.canSee(grassroots.id())).isTrue();
		assertThat(wardStaff.scopes()).extracting(OrgUnitView::id).as("roles still act in the ward only")
			.containsExactly(ward.id());
		assertThat(wardStaff.hasRoleOver(Role.DISTRICT_PROPAGANDA, district.id())).isFalse();
		assertThat(otherStaff.scopeUnitIds()).containsExactly(otherWard.id());
		assertThat(otherStaff.canSee(district.id())).isFalse();
		assertThat(provinceStaff.scopeUnitIds()).containsExactly(province.id());
	}

	static AccountPrincipal principal(Role role, Long unitId) {
		return new AccountPrincipal(1L, "thu", "Người Thử", null, true, false,
				List.of(new AccountPrincipal.Assignment(role, unitId)), 0, 0, null);
	}

}
