package vn.boiduong.organization.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.audit.AuditQuery;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.boiduong.organization.web.UnitAdministrationTests.html;

/** A unit's page is open to those whose scope contains it: a district sees its own district only. */
@IntegrationTest
@WithUserDetails("anphu.tuyengiao")
class UnitPageVisibilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitService units;

	@Autowired
	AuditLog audit;

	@Test
	void aDistrictUserSeesTheirOwnDistrictAndItsSubUnits() throws Exception {
		OrgUnitView anPhu = unit("AP");
		this.mvc.perform(get("/units/{id}", anPhu.id()))
			.andExpect(status().isOk())
			.andExpect(html(containsString("Huyện ủy An Phú")))
			.andExpect(html(containsString("Ban Tuyên giáo Huyện ủy An Phú")))
			.andExpect(html(containsString("Đảng bộ xã An Bình")));
		this.mvc.perform(get("/units/{id}", unit("AP.BTG").id())).andExpect(status().isOk());
	}

	@Test
	void aDistrictUserIsForbiddenAnotherDistrictsUnits() throws Exception {
		long deniedBefore = deniedCount();
		this.mvc.perform(get("/units/{id}", unit("BS").id())).andExpect(status().isForbidden());
		this.mvc.perform(get("/units/{id}", unit("BS.CS1").id())).andExpect(status().isForbidden());
		assertThat(deniedCount()).isEqualTo(deniedBefore + 2);
	}

	@Test
	void aDistrictUserIsForbiddenTheProvinceAboveThem() throws Exception {
		this.mvc.perform(get("/units/{id}", unit("TINH").id())).andExpect(status().isForbidden());
	}

	@Test
	void anUnknownUnitIsNotFound() throws Exception {
		this.mvc.perform(get("/units/999999")).andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("tinh.tuyengiao")
	void aProvinceUserSeesEveryDistrict() throws Exception {
		this.mvc.perform(get("/units/{id}", unit("BS").id())).andExpect(status().isOk());
		this.mvc.perform(get("/units/{id}", unit("AP.CS1").id())).andExpect(status().isOk());
	}

	private long deniedCount() {
		return this.audit.search(new AuditQuery("anphu.tuyengiao", "ACCESS_DENIED", null, null, null, null), 0, 1)
			.getTotalElements();
	}

	private OrgUnitView unit(String shortName) {
		return this.units.tree().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow();
	}

}
