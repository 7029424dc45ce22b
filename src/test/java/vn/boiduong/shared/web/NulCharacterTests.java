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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A NUL character (which PostgreSQL text cannot hold) in a form or a filter is never a 500. */
@IntegrationTest
class NulCharacterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitService units;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void aPlanNameWithANulCharacterIsSavedWithoutIt() throws Exception {
		Long centre = this.units.tree().stream().filter(u -> "AP.TTCT".equals(u.shortName())).findFirst().orElseThrow().id();
		this.mvc.perform(post("/courses").with(csrf())
				.param("name", "Lớp có\u0000 ký tự NUL")
				.param("politicalCentreUnitId", String.valueOf(centre))
				.param("plannedOpening", "2038-01-04")
				.param("plannedClosing", "2038-01-08")
				.param("mode", "CONCENTRATED")
				.param("delivery", "IN_PERSON")
				.param("expectedLearners", "40"))
			.andExpect(status().is3xxRedirection());
		org.assertj.core.api.Assertions.assertThat(this.jdbc.queryForObject(
				"select count(*) from course where name = 'Lớp có ký tự NUL'", Integer.class)).isPositive();
	}

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void aListSearchWithANulCharacterIsNotAServerError() throws Exception {
		this.mvc.perform(get("/courses").param("q", "a\u0000b")).andExpect(status().isOk());
	}

	@Test
	void aSignInWithANulCharacterInTheNameIsAFailedSignIn() throws Exception {
		this.mvc.perform(post("/login").with(csrf()).param("username", "admin\u0000").param("password", "x"))
			.andExpect(status().is3xxRedirection());
	}

}
