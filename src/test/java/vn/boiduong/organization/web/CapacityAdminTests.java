package vn.boiduong.organization.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.boiduong.organization.Capacity;
import vn.boiduong.organization.CommitteeCapacities;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 8, item 1: a committee's capacities are data the administrator keeps, with validity dates; a new
 * ward takes the usual ones on the day it opens; a unit that cannot play a capacity is refused next to
 * the field; a row ends, it is never deleted.
 */
@IntegrationTest
@WithUserDetails("admin")
class CapacityAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitService units;

	@Autowired
	CommitteeCapacities capacities;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNewWardPlansItselfHearsItsOfficeAndIsTaughtByTheProvincialSchool() throws Exception {
		Ward ward = newWard();
		LocalDate day = LocalDate.of(2026, 1, 5);
		assertThat(this.capacities.unitsPlaying(ward.committee.id(), Capacity.PLANNING_BODY, day))
			.containsExactly(ward.committee.id());
		assertThat(this.capacities.unitsPlaying(ward.committee.id(), Capacity.CONCURRING_BODY, day))
			.containsExactly(ward.office.id());
		assertThat(this.capacities.unitsPlaying(ward.committee.id(), Capacity.DECIDING_BODY, day))
			.containsExactly(ward.committee.id());
		assertThat(this.capacities.unitsPlaying(ward.committee.id(), Capacity.TEACHING_INSTITUTION, day))
			.contains(unit("TCT").id());

		String page = html(get("/admin/units/{id}/capacities", ward.committee.id()));
		assertThat(page).contains("Cơ quan chủ trì xây dựng kế hoạch", "Cơ quan cho ý kiến về kế hoạch",
				ward.office.name(), "Trường Chính trị tỉnh Mẫu", "01/07/2025");
	}

	@Test
	void aUnitThatCannotPlayTheCapacityIsRefusedNextToTheFieldAndNothingIsWritten() throws Exception {
		Ward ward = newWard();
		int rows = rows(ward);
		String page = html(post("/admin/units/{id}/capacities", ward.committee.id()).with(csrf())
			.param("capacity", "DECIDING_BODY")
			.param("unitId", ward.office.id().toString())
			.param("validFrom", "01/08/2025"));
		assertThat(page).contains(ward.office.name() + " không thể giữ vai trò này", "is-invalid");
		assertThat(rows(ward)).isEqualTo(rows);
	}

	@Test
	void aBodyNamedFromADayPlaysFromThatDayAndAnEndedRowStaysAsHistory() throws Exception {
		Ward ward = newWard();
		this.mvc.perform(post("/admin/units/{id}/capacities", ward.committee.id()).with(csrf())
			.param("capacity", "ENROLLING_BODY")
			.param("unitId", ward.office.id().toString())
			.param("validFrom", "01/09/2025"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/units/" + ward.committee.id() + "/capacities"));
		assertThat(this.capacities.unitsPlaying(ward.committee.id(), Capacity.ENROLLING_BODY, LocalDate.of(2025, 8, 31)))
			.doesNotContain(ward.office.id());
		assertThat(this.capacities.unitsPlaying(ward.committee.id(), Capacity.ENROLLING_BODY, LocalDate.of(2025, 9, 1)))
			.contains(ward.office.id());

		Long row = this.capacities.rowsOf(ward.committee.id())
			.stream()
			.filter(r -> r.capacity() == Capacity.ENROLLING_BODY && r.unitId().equals(ward.office.id()))
			.findFirst()
			.orElseThrow()
			.id();
		String refused = html(post("/admin/units/{id}/capacities/end", ward.committee.id()).with(csrf())
			.param("rowId", row.toString())
			.param("lastDay", "31/08/2025"));
		assertThat(refused).contains("Ngày cuối cùng không được trước ngày bắt đầu")
			.as("the message stands on the refused row, with the day as typed")
			.contains("id=\"end-error-" + row + "\"", "value=\"31/08/2025\"");
		String mistyped = html(post("/admin/units/{id}/capacities/end", ward.committee.id()).with(csrf())
			.param("rowId", row.toString())
			.param("lastDay", "31/13/2025"));
		assertThat(mistyped).contains("id=\"end-error-" + row + "\"", "value=\"31/13/2025\"");

		this.mvc.perform(post("/admin/units/{id}/capacities/end", ward.committee.id()).with(csrf())
			.param("rowId", row.toString())
			.param("lastDay", "31/12/2025")).andExpect(status().is3xxRedirection());
		assertThat(this.capacities.unitsPlaying(ward.committee.id(), Capacity.ENROLLING_BODY, LocalDate.of(2026, 1, 1)))
			.doesNotContain(ward.office.id());
		assertThat(this.capacities.unitsPlaying(ward.committee.id(), Capacity.ENROLLING_BODY, LocalDate.of(2025, 12, 31)))
			.contains(ward.office.id());
		assertThat(html(get("/admin/units/{id}/capacities", ward.committee.id()))).contains("31/12/2025");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'CommitteeCapacity' and entity_id = ?", Long.class,
				ward.committee.id().toString())).isGreaterThanOrEqualTo(2);
	}

	@Test
	@WithUserDetails("phuonganphu.kehoach")
	void onlyTheAdministratorReachesThePage() throws Exception {
		this.mvc.perform(get("/admin/units/{id}/capacities", unit("PAP").id())).andExpect(status().isForbidden());
	}

	@Test
	void aUnitThatIsNotACommitteeHasNoCapacitiesPage() throws Exception {
		this.mvc.perform(get("/admin/units/{id}/capacities", unit("PAP.VP").id())).andExpect(status().isNotFound());
	}

	private record Ward(OrgUnitView committee, OrgUnitView office) {
	}

	private Ward newWard() {
		OrgUnitView committee = this.units.create(OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy phường Thử " + UUID.randomUUID().toString().substring(0, 6), null, unit("TINH").id(),
				LocalDate.of(2025, 7, 1));
		OrgUnitView office = this.units.create(OrgUnitKind.COMMITTEE_OFFICE, "Văn phòng " + committee.name(), null,
				committee.id(), LocalDate.of(2025, 7, 1));
		return new Ward(committee, office);
	}

	private int rows(Ward ward) {
		return this.capacities.rowsOf(ward.committee.id()).size();
	}

	private OrgUnitView unit(String shortName) {
		return this.units.tree().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow();
	}

	private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

}
