package vn.boiduong.organization.web;

import java.time.LocalDate;
import java.util.UUID;

import org.hamcrest.Matcher;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.util.HtmlUtils;

import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator's unit pages: validation next to the field, the tree rules, and no deletion. */
@IntegrationTest
@WithUserDetails("admin")
class UnitAdministrationTests {

	private static final LocalDate SINCE = LocalDate.of(2021, 1, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitService units;

	@Test
	void unitTreeListsEveryUnitIndentedByDepth() throws Exception {
		OrgUnitView cell = this.units.tree().stream().filter(u -> u.kind() == OrgUnitKind.PARTY_CELL).findFirst().orElseThrow();
		this.mvc.perform(get("/admin/units"))
			.andExpect(status().isOk())
			.andExpect(html(containsString("Tỉnh Mẫu")))
			.andExpect(html(containsString("tree-indent-" + cell.depth())))
			.andExpect(html(containsString(cell.name())));
	}

	@Test
	void newUnitFormPreselectsTheParentFromTheLink() throws Exception {
		OrgUnitView district = district("AP");
		this.mvc.perform(get("/admin/units/new").param("parentId", district.id().toString()))
			.andExpect(status().isOk())
			.andExpect(html(containsString("value=\"" + district.id() + "\" selected=\"selected\"")));
	}

	@Test
	void createsAUnitUnderItsParent() throws Exception {
		OrgUnitView district = district("AP");
		String name = unique("Chi bộ khu phố");
		this.mvc.perform(post("/admin/units").with(csrf())
			.param("kind", "GRASSROOTS_ORGANIZATION")
			.param("name", name)
			.param("shortName", "")
			.param("parentId", district.id().toString())
			.param("validFrom", "2024-03-15"))
			.andExpect(status().is3xxRedirection());
		OrgUnitView created = this.units.children(district.id()).stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
		assertThat(created.path()).startsWith(district.path());
		assertThat(created.validFrom()).isEqualTo(LocalDate.of(2024, 3, 15));
	}

	@Test
	void blankNameIsRefusedInVietnameseNextToTheFieldAndTheTypedValuesStay() throws Exception {
		OrgUnitView district = district("AP");
		this.mvc.perform(post("/admin/units").with(csrf())
			.param("kind", "PARTY_CELL")
			.param("name", "   ")
			.param("shortName", "KT-GÕ")
			.param("parentId", district.id().toString())
			.param("validFrom", "2024-03-15"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
			.andExpect(html(containsString("id=\"name-error\">Không được để trống.</div>")))
			.andExpect(html(containsString("value=\"KT-GÕ\"")))
			.andExpect(html(containsString("value=\"2024-03-15\"")))
			.andExpect(html(containsString("value=\"PARTY_CELL\" selected=\"selected\"")));
	}

	@Test
	void missingKindAndDateAreRefusedInVietnamese() throws Exception {
		this.mvc.perform(post("/admin/units").with(csrf()).param("kind", "").param("name", "Chi bộ X").param("validFrom", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "kind", "validFrom"))
			.andExpect(html(containsString("Hãy chọn loại đơn vị.")))
			.andExpect(html(containsString("Hãy nhập ngày thành lập.")))
			.andExpect(html(containsString("value=\"Chi bộ X\"")));
	}

	@Test
	void tooLongShortNameIsRefused() throws Exception {
		this.mvc.perform(post("/admin/units").with(csrf())
			.param("kind", "PARTY_CELL")
			.param("name", "Chi bộ Y")
			.param("shortName", "X".repeat(41))
			.param("validFrom", "2024-03-15"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "shortName", "Size"));
	}

	@Test
	void movingAUnitUnderItsOwnChildIsRefusedNextToTheParentField() throws Exception {
		OrgUnitView organization = create(OrgUnitKind.GRASSROOTS_ORGANIZATION, "Đảng bộ xã Thử", district("AP").id());
		OrgUnitView cell = create(OrgUnitKind.PARTY_CELL, "Chi bộ ấp Thử", organization.id());
		this.mvc.perform(post("/admin/units/{id}/move", organization.id()).with(csrf())
			.param("parentId", cell.id().toString())
			.param("version", String.valueOf(organization.version())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("moveForm", "parentId", "orgUnit.error.cycle"))
			.andExpect(html(containsString("id=\"parentId-error\">Không thể chuyển đơn vị vào")));
		assertThat(this.units.get(organization.id()).parentId()).isEqualTo(district("AP").id());
	}

	@Test
	void movingAUnitCarriesItsSubtree() throws Exception {
		OrgUnitView organization = create(OrgUnitKind.GRASSROOTS_ORGANIZATION, "Đảng bộ xã Chuyển", district("AP").id());
		OrgUnitView cell = create(OrgUnitKind.PARTY_CELL, "Chi bộ ấp Chuyển", organization.id());
		OrgUnitView binhSon = district("BS");
		this.mvc.perform(post("/admin/units/{id}/move", organization.id()).with(csrf())
			.param("parentId", binhSon.id().toString())
			.param("version", String.valueOf(organization.version())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.units.get(cell.id()).path()).startsWith(binhSon.path());
	}

	@Test
	void aStaleFormShowsTheConflictMessageAndKeepsWhatWasTyped() throws Exception {
		OrgUnitView unit = create(OrgUnitKind.GRASSROOTS_ORGANIZATION, "Đảng bộ xã Cũ", district("AP").id());
		this.units.update(unit.id(), unit.version(), unit.kind(), unit.name() + " (đã sửa)", null, unit.validFrom());
		this.mvc.perform(post("/admin/units/{id}", unit.id()).with(csrf())
			.param("kind", "GRASSROOTS_ORGANIZATION")
			.param("name", "Tên tôi vừa gõ")
			.param("shortName", "")
			.param("validFrom", "2021-01-01")
			.param("version", String.valueOf(unit.version())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(html(containsString("Người khác đã lưu thay đổi trước bạn")))
			.andExpect(html(containsString("value=\"Tên tôi vừa gõ\"")));
		assertThat(this.units.get(unit.id()).name()).isEqualTo(unit.name() + " (đã sửa)");
	}

	@Test
	void editSavesWithTheCurrentVersion() throws Exception {
		OrgUnitView unit = create(OrgUnitKind.GRASSROOTS_ORGANIZATION, "Đảng bộ xã Sửa", district("AP").id());
		this.mvc.perform(get("/admin/units/{id}/edit", unit.id()))
			.andExpect(status().isOk())
			.andExpect(html(containsString("name=\"version\" value=\"" + unit.version() + "\"")));
		this.mvc.perform(post("/admin/units/{id}", unit.id()).with(csrf())
			.param("kind", "GRASSROOTS_ORGANIZATION")
			.param("name", unit.name() + " mới")
			.param("shortName", "SUA")
			.param("validFrom", "2021-02-01")
			.param("version", String.valueOf(unit.version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/units/" + unit.id() + "/edit"));
		OrgUnitView saved = this.units.get(unit.id());
		assertThat(saved.name()).isEqualTo(unit.name() + " mới");
		assertThat(saved.shortName()).isEqualTo("SUA");
	}

	@Test
	void closingAUnitWithOpenChildrenIsRefused() throws Exception {
		OrgUnitView organization = create(OrgUnitKind.GRASSROOTS_ORGANIZATION, "Đảng bộ xã Còn", district("AP").id());
		create(OrgUnitKind.PARTY_CELL, "Chi bộ ấp Còn", organization.id());
		this.mvc.perform(post("/admin/units/{id}/close", organization.id()).with(csrf())
			.param("validTo", "2025-07-01")
			.param("version", String.valueOf(organization.version())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("closeForm"))
			.andExpect(html(containsString("còn đơn vị cấp dưới đang hoạt động")));
		assertThat(this.units.get(organization.id()).closed()).isFalse();
	}

	@Test
	void aClosedUnitStaysInTheTreeAndCannotBeDeleted() throws Exception {
		OrgUnitView cell = create(OrgUnitKind.PARTY_CELL, "Chi bộ ấp Giải thể", district("AP").id());
		this.mvc.perform(post("/admin/units/{id}/close", cell.id()).with(csrf())
			.param("validTo", "2025-07-01")
			.param("version", String.valueOf(cell.version())))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(delete("/admin/units/{id}", cell.id()).with(csrf())).andExpect(status().isMethodNotAllowed());
		this.mvc.perform(post("/admin/units/{id}/delete", cell.id()).with(csrf())).andExpect(status().is4xxClientError());
		OrgUnitView closed = this.units.get(cell.id());
		assertThat(closed.validTo()).isEqualTo(LocalDate.of(2025, 7, 1));
		this.mvc.perform(get("/admin/units"))
			.andExpect(html(containsString(cell.name())))
			.andExpect(html(containsString("01/07/2025")));
		this.mvc.perform(get("/admin/units/{id}/edit", cell.id()))
			.andExpect(status().isOk())
			.andExpect(html(containsString("id=\"closed-badge\"")))
			.andExpect(html(not(containsString("id=\"close-form\""))));
	}

	/** The page as the browser reads it (Thymeleaf writes non-ASCII letters in attributes as entities). */
	static ResultMatcher html(Matcher<String> matcher) {
		return result -> MatcherAssert.assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()),
				matcher);
	}

	private OrgUnitView district(String shortName) {
		return this.units.tree().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow();
	}

	private OrgUnitView create(OrgUnitKind kind, String name, Long parentId) {
		return this.units.create(kind, unique(name), null, parentId, SINCE);
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 6);
	}

}
