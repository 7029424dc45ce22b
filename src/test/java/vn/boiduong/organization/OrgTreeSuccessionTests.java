package vn.boiduong.organization;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8: the tree knows which unit continues a closed one. Two districts merged into a ward on
 * 1 July 2025 (the first day they no longer exist), and that ward merged again into a larger one on
 * 1 January 2026; another ward continues nothing.
 */
class OrgTreeSuccessionTests {

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	static final LocalDate SECOND = LocalDate.of(2026, 1, 1);

	static final LocalDate START = LocalDate.of(2000, 1, 1);

	final OrgTree tree = new OrgTree(1, List.of(
			unit(1, OrgUnitKind.PROVINCE, "Tỉnh", "/1/", START, null),
			unit(2, OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy An Phú", "/1/2/", START, REFORM),
			unit(3, OrgUnitKind.GRASSROOTS_ORGANIZATION, "Đảng bộ xã Cũ", "/1/2/3/", START, REFORM),
			unit(4, OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy phường An Phú", "/1/4/", REFORM, SECOND),
			unit(5, OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Bình Sơn", "/1/5/", REFORM, null),
			unit(6, OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy Bình Minh", "/1/6/", START, REFORM),
			unit(7, OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy phường Lớn", "/1/7/", REFORM, null),
			unit(8, OrgUnitKind.PARTY_BUILDING_BOARD, "Ban xây dựng đảng", "/1/7/8/", SECOND, null),
			unit(9, OrgUnitKind.PROPAGANDA_BOARD, "Ban Tuyên giáo Huyện ủy Bình Minh", "/1/6/9/", START, REFORM)),
			List.of(new OrgUnitSuccession(2L, 4L, REFORM), new OrgUnitSuccession(6L, 4L, REFORM),
					new OrgUnitSuccession(4L, 7L, SECOND), new OrgUnitSuccession(9L, 8L, SECOND)));

	@Test
	void aClosedUnitNamesItsDirectSuccessorAndAnOpenOneNone() {
		assertThat(this.tree.successorOf(2L)).contains(4L);
		assertThat(this.tree.successorOf(4L)).contains(7L);
		assertThat(this.tree.successorOf(5L)).isEmpty();
		assertThat(this.tree.successorOf(3L)).as("closed without a successor").isEmpty();
		assertThat(this.tree.successorOf(null)).isEmpty();
		assertThat(this.tree.successionOf(2L)).contains(new OrgUnitSuccession(2L, 4L, REFORM));
	}

	@Test
	void successionsAreListedTheLatestFirstThenInTreeOrder() {
		assertThat(this.tree.successions()).extracting(OrgUnitSuccession::predecessorId).containsExactly(9L, 4L, 2L, 6L);
	}

	@Test
	void theContinuingUnitIsTheUnitItselfUntilTheDayBeforeItsClosing() {
		assertThat(this.tree.continuing(2L, REFORM.minusDays(1))).isEqualTo(2L);
		assertThat(this.tree.continuing(2L, REFORM)).isEqualTo(4L);
		assertThat(this.tree.continuing(2L, SECOND.minusDays(1))).isEqualTo(4L);
	}

	@Test
	void theContinuingUnitFollowsSuccessorsThatClosedInTurn() {
		assertThat(this.tree.continuing(2L, SECOND)).isEqualTo(7L);
		assertThat(this.tree.continuing(6L, SECOND.plusYears(3))).isEqualTo(7L);
		assertThat(this.tree.continuing(7L, SECOND)).isEqualTo(7L);
	}

	@Test
	void aClosedUnitWithoutASuccessorStandsForItself() {
		assertThat(this.tree.continuing(3L, SECOND)).isEqualTo(3L);
		assertThat(this.tree.continuing(5L, SECOND)).isEqualTo(5L);
	}

	@Test
	void predecessorsAreEveryUnitSucceededDirectlyOrThroughOthersNearestFirst() {
		assertThat(this.tree.predecessorsOf(7L)).containsExactly(4L, 2L, 6L);
		assertThat(this.tree.predecessorsOf(4L)).containsExactlyInAnyOrder(2L, 6L);
		assertThat(this.tree.predecessorsOf(5L)).isEmpty();
		assertThat(this.tree.predecessorsOf(2L)).isEmpty();
	}

	@Test
	void aUnitIsOpenFromItsFirstDayUntilTheDayBeforeItsClosing() {
		assertThat(this.tree.openOn(4L, REFORM.minusDays(1))).as("not yet").isFalse();
		assertThat(this.tree.openOn(4L, REFORM)).isTrue();
		assertThat(this.tree.openOn(4L, SECOND.minusDays(1))).isTrue();
		assertThat(this.tree.openOn(4L, SECOND)).isFalse();
		assertThat(this.tree.openOn(5L, SECOND.plusYears(10))).isTrue();
		assertThat(this.tree.openOn(99L, SECOND)).as("unknown").isFalse();
	}

	@Test
	void aSuccessorsHistoryIsTheTopmostOfWhatItAndItsUnitsContinueOutsideItsSubtree() {
		assertThat(this.tree.historyRootsOf(7L)).as("the ward, both districts; the district's board lies under one")
			.containsExactlyInAnyOrder(4L, 2L, 6L);
		assertThat(this.tree.historyRootsOf(4L)).containsExactlyInAnyOrder(2L, 6L);
		assertThat(this.tree.historyRootsOf(8L)).as("the board continues the district's board").containsExactly(9L);
		assertThat(this.tree.historyRootsOf(5L)).as("another ward continues nothing").isEmpty();
		assertThat(this.tree.historyRootsOf(1L)).as("the province holds them all already").isEmpty();
	}

	@Test
	void theTopmostOfSomeUnitsLeavesOutThoseUnderAnother() {
		assertThat(this.tree.topmost(List.of(3L, 2L, 5L, 2L, 99L))).containsExactly(2L, 5L);
		assertThat(this.tree.topmost(List.of(7L, 1L))).containsExactly(1L);
	}

	@Test
	void aUnitClosingOnALaterDayIsOpenUntilThenAndClosedFromThen() {
		OrgUnitView ward = this.tree.get(4L);
		assertThat(ward.closed()).as("it has a closing date").isTrue();
		assertThat(ward.closedOn(SECOND.minusDays(1))).isFalse();
		assertThat(ward.closedOn(SECOND)).isTrue();
	}

	static OrgUnitView unit(long id, OrgUnitKind kind, String name, String path, LocalDate from, LocalDate to) {
		String[] parts = path.split("/");
		Long parent = parts.length > 2 ? Long.valueOf(parts[parts.length - 2]) : null;
		return new OrgUnitView(id, kind, name, null, parent, path, from, to, 0);
	}

}
