package vn.boiduong.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.support.IntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A date typed by hand (or sent by a script) with a year the database cannot store gets "not a valid
 * date" on the field, never a 500.
 */
@IntegrationTest
class DateBeyondTheCalendarTests {

	/** A year LocalDate accepts and PostgreSQL does not (its dates end in 5874897). */
	static final String FAR = "+6000000-01-01";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitService units;

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void aPlanDatedBeyondTheCalendarIsRefusedOnTheField() throws Exception {
		this.mvc.perform(post("/courses").with(csrf())
				.param("name", "Lớp ngày quá xa")
				.param("politicalCentreUnitId", String.valueOf(anPhuCentre()))
				.param("plannedOpening", FAR)
				.param("plannedClosing", FAR)
				.param("mode", "CONCENTRATED")
				.param("delivery", "IN_PERSON")
				.param("expectedLearners", "40"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "plannedOpening", "typeMismatch"));
	}

	Long anPhuCentre() {
		return this.units.tree().stream().filter(u -> "AP.TTCT".equals(u.shortName())).findFirst().orElseThrow().id();
	}

	@Test
	@WithUserDetails("admin")
	void anAuditFilterDatedBeyondTheCalendarIsRefusedOnTheField() throws Exception {
		this.mvc.perform(get("/admin/audit").param("from", FAR))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("filter", "from", "typeMismatch"));
	}

}
