package vn.boiduong.organization.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserAccountService;
import vn.boiduong.identity.UserView;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.organization.Reorganization;
import vn.boiduong.organization.Reorganizations;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reorganization form refuses what the rules forbid, in Vietnamese next to the field, keeps what was
 * typed, and changes nothing: a successor of another kind, a date in the past, a unit succeeding itself,
 * a succession cycle, a new successor described by halves, a role that cannot be held at the successor,
 * a tree changed since the form was opened.
 */
@IntegrationTest
@WithUserDetails("admin")
class ReorganizeFormTests {

	static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitService units;

	@Autowired
	Reorganizations reorganizations;

	@Autowired
	UserAccountService accounts;

	@Test
	void theFormOffersOpenUnitsAndThreeRowsOnTodaysDate() throws Exception {
		OrgUnitView district = committee(OrgUnitKind.DISTRICT_COMMITTEE);
		MvcResult page = this.mvc.perform(get("/admin/units/reorganize")).andExpect(status().isOk()).andReturn();
		String body = page.getResponse().getContentAsString();
		assertThat(body).contains("Sắp xếp tổ chức bộ máy").contains("name=\"closures[2].unitId\"")
			.doesNotContain("name=\"closures[3].unitId\"")
			.contains(district.name())
			.contains(ReorganizeFormTests.shown(today()));
	}

	@Test
	void aSuccessorOfAnotherKindIsRefusedNextToItsField() throws Exception {
		OrgUnitView district = committee(OrgUnitKind.DISTRICT_COMMITTEE);
		OrgUnitView board = unit(OrgUnitKind.PARTY_BUILDING_BOARD, committee(OrgUnitKind.COMMUNE_COMMITTEE).id());

		MvcResult result = this.mvc.perform(form(today()).param("closures[0].unitId", district.id().toString())
			.param("closures[0].successorId", board.id().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "closures[0].successorId", "reorganize.error.wrongKind"))
			.andReturn();

		assertThat(result.getResponse().getContentAsString()).contains("khác loại với")
			.contains("value=\"" + board.id() + "\" selected=\"selected\"");
		assertThat(this.units.get(district.id()).closed()).isFalse();
	}

	@Test
	void aDateBeforeTodayIsRefused() throws Exception {
		OrgUnitView district = committee(OrgUnitKind.DISTRICT_COMMITTEE);
		OrgUnitView ward = committee(OrgUnitKind.COMMUNE_COMMITTEE);
		this.mvc.perform(form(today().minusDays(1)).param("closures[0].unitId", district.id().toString())
			.param("closures[0].successorId", ward.id().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "on", "reorganize.error.past"));
		assertThat(this.units.get(district.id()).closed()).isFalse();
	}

	@Test
	void aUnitCannotSucceedItselfNorBeNamedTwice() throws Exception {
		OrgUnitView district = committee(OrgUnitKind.DISTRICT_COMMITTEE);
		OrgUnitView ward = committee(OrgUnitKind.COMMUNE_COMMITTEE);
		this.mvc.perform(form(today()).param("closures[0].unitId", district.id().toString())
			.param("closures[0].successorId", district.id().toString())
			.param("closures[1].unitId", district.id().toString())
			.param("closures[1].successorId", ward.id().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "closures[0].successorId", "reorganize.error.self"))
			.andExpect(model().attributeHasFieldErrorCode("form", "closures[1].unitId", "reorganize.error.twice"));
		assertThat(this.units.get(district.id()).closed()).isFalse();
	}

	@Test
	void aSuccessorClosingWithAnotherUnitOfTheSameReorganizationIsRefused() throws Exception {
		OrgUnitView district = committee(OrgUnitKind.DISTRICT_COMMITTEE);
		OrgUnitView board = unit(OrgUnitKind.PROPAGANDA_BOARD, district.id());
		OrgUnitView otherDistrict = committee(OrgUnitKind.DISTRICT_COMMITTEE);
		OrgUnitView otherBoard = unit(OrgUnitKind.PROPAGANDA_BOARD, otherDistrict.id());
		OrgUnitView ward = committee(OrgUnitKind.COMMUNE_COMMITTEE);
		this.mvc.perform(form(today()).param("closures[0].unitId", district.id().toString())
			.param("closures[0].successorId", ward.id().toString())
			.param("closures[1].unitId", otherBoard.id().toString())
			.param("closures[1].successorId", board.id().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "closures[1].successorId",
					"reorganize.error.successorCloses"));
		assertThat(this.units.get(district.id()).closed()).isFalse();
	}

	@Test
	void aSuccessionCycleIsRefused() throws Exception {
		OrgUnitView district = committee(OrgUnitKind.DISTRICT_COMMITTEE);
		OrgUnitView ward = committee(OrgUnitKind.COMMUNE_COMMITTEE);
		this.reorganizations.reorganize(new Reorganization(today().plusDays(20), this.units.currentTree().version(),
				List.of(new Reorganization.Closure(district.id(), ward.id(), null)), true, true));

		this.mvc.perform(form(today().plusDays(5)).param("closures[0].unitId", ward.id().toString())
			.param("closures[0].successorId", district.id().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "closures[0].successorId", "reorganize.error.cycle"));
		assertThat(this.units.get(ward.id()).closed()).isFalse();
	}

	@Test
	void aUnitAlreadyClosingAndADateBeforeItsFoundingAreRefusedNextToTheUnit() throws Exception {
		OrgUnitView young = this.units.create(OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy Trẻ " + tag(), null, province(),
				today().plusDays(30));
		OrgUnitView ward = committee(OrgUnitKind.COMMUNE_COMMITTEE);
		this.mvc.perform(form(today()).param("closures[0].unitId", young.id().toString())
			.param("closures[0].successorId", ward.id().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "closures[0].unitId", "reorganize.error.beforeOpening"));
	}

	@Test
	void aNewSuccessorDescribedByHalvesIsRefusedFieldByFieldAndTheTypedTextStays() throws Exception {
		OrgUnitView district = committee(OrgUnitKind.DISTRICT_COMMITTEE);
		MvcResult result = this.mvc.perform(form(today()).param("closures[0].unitId", district.id().toString())
			.param("closures[0].newShortName", "PMTA"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "closures[0].newKind", "reorganize.error.newKindMissing"))
			.andExpect(model().attributeHasFieldErrorCode("form", "closures[0].newName", "reorganize.error.newNameMissing"))
			.andExpect(
					model().attributeHasFieldErrorCode("form", "closures[0].newParentId", "reorganize.error.newParentMissing"))
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("value=\"PMTA\"")
			.contains("Hãy nhập tên của đơn vị mới.");
	}

	@Test
	void aNewSuccessorIsCreatedOnTheDayUnderItsParent() throws Exception {
		OrgUnitView district = committee(OrgUnitKind.DISTRICT_COMMITTEE);
		String name = "Đảng ủy phường Hợp Nhất " + tag();
		this.mvc.perform(form(today()).param("closures[0].unitId", district.id().toString())
			.param("closures[0].newKind", "COMMUNE_COMMITTEE")
			.param("closures[0].newName", name)
			.param("closures[0].newShortName", "HN")
			.param("closures[0].newParentId", province().toString()))
			.andExpect(status().is3xxRedirection());
		OrgUnitView created = this.units.tree().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
		assertThat(created.validFrom()).isEqualTo(today());
		assertThat(created.parentId()).isEqualTo(province());
		assertThat(this.units.currentTree().successorOf(district.id())).contains(created.id());
	}

	@Test
	void aRoleThatCannotBeHeldAtTheSuccessorRefusesTheWholeReorganization() throws Exception {
		OrgUnitView district = committee(OrgUnitKind.DISTRICT_COMMITTEE);
		OrgUnitView board = unit(OrgUnitKind.PROPAGANDA_BOARD, district.id());
		OrgUnitView provincial = unit(OrgUnitKind.PROPAGANDA_MASS_MOBILIZATION_BOARD, province());
		OrgUnitView ward = committee(OrgUnitKind.COMMUNE_COMMITTEE);
		UserView staff = this.accounts.create("sapxep.vaitro." + tag(), "Người Thử", null, null, "mat-khau-thu-1");
		this.accounts.assignRole(staff.id(), Role.DISTRICT_PROPAGANDA, board.id());

		MvcResult result = this.mvc.perform(form(today()).param("closures[0].unitId", district.id().toString())
			.param("closures[0].successorId", ward.id().toString())
			.param("closures[1].unitId", board.id().toString())
			.param("closures[1].successorId", provincial.id().toString()))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(result.getResponse().getContentAsString()).contains("không thể giữ tại");
		assertThat(this.units.get(district.id()).closed()).as("nothing changed").isFalse();
		assertThat(this.units.get(board.id()).closed()).isFalse();
		assertThat(this.units.currentTree().successorOf(district.id())).isEmpty();
		assertThat(this.accounts.get(staff.id()).roles()).hasSize(1);
	}

	@Test
	void aFormOpenedBeforeTheTreeChangedIsAConflictAndNothingIsLost() throws Exception {
		OrgUnitView district = committee(OrgUnitKind.DISTRICT_COMMITTEE);
		OrgUnitView ward = committee(OrgUnitKind.COMMUNE_COMMITTEE);
		long seen = this.units.currentTree().version();
		unit(OrgUnitKind.GRASSROOTS_ORGANIZATION, district.id());

		MvcResult result = this.mvc.perform(post("/admin/units/reorganize").with(csrf())
			.param("on", today().toString())
			.param("treeVersion", Long.toString(seen))
			.param("closures[0].unitId", district.id().toString())
			.param("closures[0].successorId", ward.id().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andReturn();

		assertThat(result.getResponse().getContentAsString()).contains("Cây đơn vị đã thay đổi")
			.contains("value=\"" + ward.id() + "\" selected=\"selected\"");
		assertThat(this.units.get(district.id()).closed()).isFalse();
	}

	@Test
	void addingARowKeepsWhatWasTyped() throws Exception {
		OrgUnitView district = committee(OrgUnitKind.DISTRICT_COMMITTEE);
		MvcResult result = this.mvc.perform(form(today()).param("closures[0].unitId", district.id().toString())
			.param("closures[0].newName", "Tên đang gõ")
			.param("addRow", "1"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("name=\"closures[1].unitId\"")
			.contains("value=\"" + HtmlUtils.htmlEscape("Tên đang gõ") + "\"")
			.contains("value=\"" + district.id() + "\" selected=\"selected\"");
		assertThat(this.units.get(district.id()).closed()).isFalse();
	}

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void anyoneButTheAdministratorIsRefused() throws Exception {
		OrgUnitView district = committee(OrgUnitKind.DISTRICT_COMMITTEE);
		OrgUnitView ward = committee(OrgUnitKind.COMMUNE_COMMITTEE);
		this.mvc.perform(get("/admin/units/reorganize")).andExpect(status().isForbidden());
		this.mvc.perform(form(today()).param("closures[0].unitId", district.id().toString())
			.param("closures[0].successorId", ward.id().toString())).andExpect(status().isForbidden());
		assertThat(this.units.get(district.id()).closed()).isFalse();
	}

	private MockHttpServletRequestBuilder form(LocalDate on) {
		return post("/admin/units/reorganize").with(csrf())
			.param("on", on.toString())
			.param("treeVersion", Long.toString(this.units.currentTree().version()))
			.param("moveRoles", "true")
			.param("moveGrassroots", "true");
	}

	private OrgUnitView committee(OrgUnitKind kind) {
		return this.units.create(kind, "Cấp ủy thử " + tag(), null, province(), SINCE);
	}

	private OrgUnitView unit(OrgUnitKind kind, Long parentId) {
		return this.units.create(kind, "Đơn vị thử " + tag(), null, parentId, SINCE);
	}

	private Long province() {
		return this.units.tree().stream().filter(u -> u.kind() == OrgUnitKind.PROVINCE).findFirst().orElseThrow().id();
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	static String shown(LocalDate day) {
		return String.format("%02d/%02d/%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
