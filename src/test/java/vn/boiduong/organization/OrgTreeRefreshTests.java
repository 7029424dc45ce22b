package vn.boiduong.organization;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, item 1: the organization tree held in memory follows every change, made through this node or
 * written into the database by another node (here: plain SQL, as another node's transaction would).
 */
@IntegrationTest
@Transactional
class OrgTreeRefreshTests {

	@Autowired
	OrgUnitService units;

	@Autowired
	JdbcTemplate jdbc;

	OrgUnitView province() {
		return this.units.tree().stream().filter(u -> "TINH".equals(u.shortName())).findFirst().orElseThrow();
	}

	@Test
	void aUnitWrittenByAnotherNodeIsSeenAtTheNextRead() {
		OrgTree before = this.units.currentTree();
		OrgUnitView province = province();
		Long id = this.jdbc.queryForObject("""
				insert into org_unit (kind, name, short_name, parent_id, path, valid_from)
				values ('DISTRICT_COMMITTEE', 'Huyện ủy Nút Khác', 'NK', ?, '/', date '2020-01-01') returning id""",
				Long.class, province.id());
		this.jdbc.update("update org_unit set path = ? || id || '/' where id = ?", province.path(), id);
		nextRequest();

		OrgTree after = this.units.currentTree();

		assertThat(after.version()).isNotEqualTo(before.version());
		assertThat(after.get(id).name()).isEqualTo("Huyện ủy Nút Khác");
		assertThat(after.isWithin(id, province.id())).isTrue();
		assertThat(after.children(province.id())).extracting(OrgUnitView::id).contains(id);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from org_unit_closure where descendant_id = ? and ancestor_id = ?", Integer.class, id,
				province.id()))
			.as("the closure follows the path")
			.isEqualTo(1);
	}

	@Test
	void theTreeIsReadOnceAndKeptWhileNothingChanges() {
		OrgTree first = this.units.currentTree();
		nextRequest();
		assertThat(this.units.currentTree()).isSameAs(first);
	}

	/** The tree is checked once per request: what follows is another request. */
	static void nextRequest() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
	}

	@Test
	void aUnitRenamedOrMovedHereIsSeenAtOnceWithItsSubtree() {
		OrgUnitView province = province();
		OrgUnitView district = this.units.create(OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy Cũ", "CU", province.id(),
				LocalDate.of(2020, 1, 1));
		OrgUnitView cell = this.units.create(OrgUnitKind.GRASSROOTS_ORGANIZATION, "Đảng bộ xã Cũ", null, district.id(),
				LocalDate.of(2020, 1, 1));
		OrgUnitView other = this.units.create(OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy Mới", "MOI", province.id(),
				LocalDate.of(2020, 1, 1));

		this.units.update(district.id(), this.units.get(district.id()).version(), OrgUnitKind.GRASSROOTS_ORGANIZATION,
				"Đảng bộ Cũ", null, LocalDate.of(2020, 1, 1));
		this.units.move(district.id(), this.units.get(district.id()).version(), other.id());

		OrgTree tree = this.units.currentTree();
		assertThat(tree.get(district.id()).name()).isEqualTo("Đảng bộ Cũ");
		assertThat(tree.isWithin(cell.id(), other.id())).isTrue();
		assertThat(tree.ancestorsAndSelf(cell.id())).extracting(OrgUnitView::id)
			.containsExactly(province.id(), other.id(), district.id(), cell.id());
		assertThat(this.jdbc.queryForList("select ancestor_id from org_unit_closure where descendant_id = ? order by depth desc",
				Long.class, cell.id()))
			.containsExactly(province.id(), other.id(), district.id(), cell.id());
	}

	@Test
	void aSuccessionWrittenByAnotherNodeIsSeenAtTheNextRead() {
		OrgUnitView province = province();
		OrgUnitView district = this.units.create(OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy Sáp Nhập", "SN",
				province.id(), LocalDate.of(2020, 1, 1));
		OrgUnitView ward = this.units.create(OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy phường Kế Thừa", "KT", province.id(),
				LocalDate.of(2025, 7, 1));
		this.jdbc.update("update org_unit set valid_to = date '2025-07-01' where id = ?", district.id());
		nextRequest();
		OrgTree before = this.units.currentTree();
		assertThat(before.successorOf(district.id())).isEmpty();
		this.jdbc.update("insert into org_unit_succession (predecessor_id, successor_id, succeeded_on) values (?, ?, ?)",
				district.id(), ward.id(), LocalDate.of(2025, 7, 1));
		nextRequest();

		OrgTree after = this.units.currentTree();

		assertThat(after.version()).isNotEqualTo(before.version());
		assertThat(after.successorOf(district.id())).contains(ward.id());
		assertThat(after.predecessorsOf(ward.id())).containsExactly(district.id());
		assertThat(after.continuing(district.id(), LocalDate.of(2025, 7, 1))).isEqualTo(ward.id());
		assertThat(after.historyRootsOf(ward.id())).containsExactly(district.id());
	}

}
