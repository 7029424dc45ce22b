package vn.boiduong.curriculum.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.support.IntegrationTest;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The edit form of an elective topic opens only for a local topic of a province the user manages. */
@IntegrationTest
class ElectiveTopicScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitService units;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithUserDetails("tinh.tuyengiao")
	void provincialStaffCannotOpenTheEditFormOfAnotherProvincesLocalTopic() throws Exception {
		OrgUnitView other = this.units.create(OrgUnitKind.PROVINCE, "Tỉnh Khác " + System.nanoTime(), null, null,
				LocalDate.of(2020, 1, 1));
		String title = "Chuyên đề riêng của tỉnh khác " + System.nanoTime();
		Long topicId = this.jdbc.queryForObject("insert into elective_topic (program_id, province_unit_id, position, title, "
				+ "description) values (1, ?, 900, ?, 'Nội bộ') returning id", Long.class, other.id(), title);

		this.mvc.perform(get("/curriculum/electives/{id}/edit", topicId))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString(title))));
	}

	@Test
	@WithUserDetails("tinh.tuyengiao")
	void provincialStaffCannotOpenTheEditFormOfANationalTopic() throws Exception {
		this.mvc.perform(get("/curriculum/electives/{id}/edit", 1L)).andExpect(status().isForbidden());
	}

}
