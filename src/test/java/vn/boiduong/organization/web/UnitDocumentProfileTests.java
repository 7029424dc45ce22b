package vn.boiduong.organization.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.organization.DocumentIssuers;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.boiduong.organization.web.UnitAdministrationTests.html;

/** The unit's document profile on its admin page: defaults shown, bad input refused in Vietnamese, stale saves reported. */
@IntegrationTest
@WithUserDetails("admin")
class UnitDocumentProfileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitService units;

	@Autowired
	DocumentIssuers issuers;

	@Test
	void theEditPageShowsTheDefaultsOfTheKindAndWhatTheTreePrints() throws Exception {
		OrgUnitView board = this.units.tree().stream().filter(u -> "AP.BTG".equals(u.shortName())).findFirst().orElseThrow();

		this.mvc.perform(get("/admin/units/{id}/edit", board.id()))
			.andExpect(status().isOk())
			.andExpect(html(containsString("id=\"profile-form\"")))
			.andExpect(html(containsString("value=\"BTGHU\"")))
			.andExpect(html(containsString("value=\"TRƯỞNG BAN\"")))
			.andExpect(html(containsString("value=\"An Phú\"")))
			.andExpect(html(containsString("Để trống thì in: Huyện ủy An Phú")))
			.andExpect(html(containsString("Đang dùng mặc định của loại đơn vị")));
	}

	@Test
	void badInputIsRefusedInVietnameseNextToEachFieldAndTheTypedValuesStay() throws Exception {
		OrgUnitView centre = centre();

		this.mvc.perform(post("/admin/units/{id}/profile", centre.id()).with(csrf())
			.param("symbol", "KH/TT CT")
			.param("format", "PARTY")
			.param("headTitle", "  ")
			.param("deputyTitle", "PHÓ GIÁM ĐỐC")
			.param("headName", "Đinh Văn Hòa")
			.param("placeName", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("profileForm", "symbol", "Pattern"))
			.andExpect(model().attributeHasFieldErrors("profileForm", "headTitle", "placeName"))
			.andExpect(html(containsString("id=\"symbol-error\">Ký hiệu chỉ gồm chữ cái, chữ số và dấu chấm")))
			.andExpect(html(containsString("Hãy nhập chức danh người đứng đầu, ví dụ TRƯỞNG BAN.")))
			.andExpect(html(containsString("Hãy nhập địa danh ở dòng ngày tháng, ví dụ An Phú.")))
			.andExpect(html(containsString("value=\"KH/TT CT\"")))
			.andExpect(html(containsString("value=\"Đinh Văn Hòa\"")));
		assertThat(this.issuers.profile(centre.id()).stored()).isFalse();
	}

	@Test
	void anUnknownFormatIsRefusedNextToItsField() throws Exception {
		OrgUnitView centre = centre();

		this.mvc.perform(post("/admin/units/{id}/profile", centre.id()).with(csrf())
			.param("symbol", "TTCT").param("format", "HANDWRITTEN").param("headTitle", "GIÁM ĐỐC")
			.param("deputyTitle", "PHÓ GIÁM ĐỐC").param("placeName", "An Phú"))
			.andExpect(status().isOk())
			.andExpect(html(containsString("Hãy chọn thể thức văn bản trong danh sách.")));
	}

	@Test
	void aValidProfileIsSavedAndASecondFirstSaveIsReportedAsAConflict() throws Exception {
		OrgUnitView centre = centre();

		this.mvc.perform(post("/admin/units/{id}/profile", centre.id()).with(csrf())
			.param("symbol", "TTCT.AP").param("format", "PARTY").param("signingMandate", "")
			.param("headTitle", "GIÁM ĐỐC").param("deputyTitle", "PHÓ GIÁM ĐỐC").param("headName", "Đặng Thị Hồng")
			.param("placeName", "An Phú"))
			.andExpect(redirectedUrl("/admin/units/" + centre.id() + "/edit"));
		assertThat(this.issuers.issuerOf(centre.id(), LocalDate.of(2026, 11, 30)).numberLine("KH", 4))
			.isEqualTo("Số 4-KH/TTCT.AP");

		// a second administrator's form, opened before the first save, still carries no version
		this.mvc.perform(post("/admin/units/{id}/profile", centre.id()).with(csrf())
			.param("symbol", "TT").param("format", "PARTY").param("headTitle", "GIÁM ĐỐC")
			.param("deputyTitle", "PHÓ GIÁM ĐỐC").param("placeName", "An Phú"))
			.andExpect(status().isOk())
			.andExpect(html(containsString("Người khác đã lưu thay đổi trước bạn.")))
			.andExpect(html(containsString("value=\"TT\"")));
		assertThat(this.issuers.profile(centre.id()).symbol()).isEqualTo("TTCT.AP");
	}

	private OrgUnitView centre() {
		OrgUnitView district = this.units.tree().stream().filter(u -> "AP".equals(u.shortName())).findFirst().orElseThrow();
		return this.units.create(OrgUnitKind.POLITICAL_CENTRE, "Trung tâm thử " + UUID.randomUUID().toString().substring(0, 6),
				null, district.id(), LocalDate.of(2021, 1, 1));
	}

}
