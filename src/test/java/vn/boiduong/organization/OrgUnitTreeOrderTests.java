package vn.boiduong.organization;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrgUnitTreeOrderTests {

	private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

	@Test
	void treeOrderPutsEachSubtreeUnderItsParentWithTheCommitteesOwnBodiesFirstThenVietnameseNames() {
		OrgUnitView province = unit(1L, OrgUnitKind.PROVINCE, "Tỉnh Mẫu", null, "/1/");
		OrgUnitView binhSon = unit(21L, OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy Bình Sơn", 1L, "/1/21/");
		OrgUnitView anPhu = unit(3L, OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy An Phú", 1L, "/1/3/");
		OrgUnitView board = unit(4L, OrgUnitKind.PROPAGANDA_BOARD, "Ban Tuyên giáo Huyện ủy An Phú", 3L, "/1/3/4/");
		OrgUnitView dang = unit(12L, OrgUnitKind.GRASSROOTS_ORGANIZATION, "Đảng bộ xã Đông", 3L, "/1/3/12/");
		OrgUnitView anh = unit(13L, OrgUnitKind.GRASSROOTS_ORGANIZATION, "Ánh Dương", 3L, "/1/3/13/");
		OrgUnitView zung = unit(14L, OrgUnitKind.GRASSROOTS_ORGANIZATION, "Zung", 3L, "/1/3/14/");
		OrgUnitView cell = unit(15L, OrgUnitKind.PARTY_CELL, "Chi bộ ấp 1", 12L, "/1/3/12/15/");
		OrgUnitView provinceBoard = unit(2L, OrgUnitKind.PROPAGANDA_BOARD, "Ban Tuyên giáo Tỉnh ủy", 1L, "/1/2/");

		List<OrgUnitView> ordered = OrgUnitService
			.inTreeOrder(List.of(cell, zung, dang, anh, board, anPhu, binhSon, province, provinceBoard));

		assertThat(ordered).containsExactly(province, provinceBoard, anPhu, board, anh, dang, cell, zung, binhSon);
	}

	@Test
	void aSubtreeWithoutItsAncestorsStartsAtItsOwnTop() {
		OrgUnitView anPhu = unit(3L, OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy An Phú", 1L, "/1/3/");
		OrgUnitView board = unit(4L, OrgUnitKind.PROPAGANDA_BOARD, "Ban Tuyên giáo Huyện ủy An Phú", 3L, "/1/3/4/");
		assertThat(OrgUnitService.inTreeOrder(List.of(board, anPhu))).containsExactly(anPhu, board);
	}

	private static OrgUnitView unit(Long id, OrgUnitKind kind, String name, Long parentId, String path) {
		return new OrgUnitView(id, kind, name, null, parentId, path, SINCE, null, 0);
	}

}
