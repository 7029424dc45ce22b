package vn.boiduong.shared.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7 item 9: one way of writing dates everywhere. Date fields are text fields in day/month/year,
 * as the pages write dates, instead of the browser's date input (month first in an English browser);
 * a date that is not one says so in Vietnamese next to the field, the form kept as typed.
 */
@IntegrationTest
class DayMonthYearDatesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitService units;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void aPlanTakesItsDatesAsDayMonthYearAndShowsThemSo() throws Exception {
		String name = "Lớp ngày tháng " + UUID.randomUUID();
		this.mvc.perform(plan(name, "07/03/2039", "13/3/2039")).andExpect(status().is3xxRedirection());

		Long id = this.jdbc.queryForObject("select id from course where name = ?", Long.class, name);
		assertThat(this.jdbc.queryForObject("select planned_opening::text || ' ' || planned_closing::text from course where id = ?",
				String.class, id)).isEqualTo("2039-03-07 2039-03-13");
		String form = html(this.mvc.perform(get("/courses/{id}/edit", id)));
		assertThat(form).containsPattern("<input[^>]*type=\"text\"[^>]*id=\"plannedOpening\"[^>]*value=\"07/03/2039\"")
			.containsPattern("id=\"plannedOpening\"[^>]*placeholder=\"dd/mm/yyyy\"")
			.doesNotContain("type=\"date\"");
	}

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void aDateThatIsNotADayMonthYearIsRefusedInVietnameseAndKeptAsTyped() throws Exception {
		String name = "Lớp ngày sai " + UUID.randomUUID();
		String page = html(this.mvc.perform(plan(name, "12/25/2039", "31/12/2039"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "plannedOpening", "typeMismatch")));

		assertThat(page).contains("Ngày không hợp lệ: hãy nhập ngày/tháng/năm, ví dụ 25/12/2027.")
			.contains("value=\"12/25/2039\"")
			.contains("value=\"31/12/2039\"");
		assertThat(this.jdbc.queryForObject("select count(*) from course where name = ?", Integer.class, name)).isZero();
	}

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void sessionHoursAreTypedAsTheTwentyFourHourClockThePagesWrite() throws Exception {
		String name = "Lớp giờ học " + UUID.randomUUID();
		this.mvc.perform(plan(name, "04/04/2039", "08/04/2039")).andExpect(status().is3xxRedirection());
		Long id = this.jdbc.queryForObject("select id from course where name = ?", Long.class, name);

		String outside = html(this.mvc.perform(session(id, "20/04/2039", "7h30", "11:00")).andExpect(status().isOk()));
		assertThat(outside).as("the hours were read; only the day is outside the course")
			.contains("nằm ngoài thời gian của lớp")
			.containsPattern("<input[^>]*type=\"text\"[^>]*id=\"startTime\"[^>]*placeholder=\"hh:mm\"[^>]*value=\"7h30\"")
			.doesNotContain("type=\"time\"", "Giờ không hợp lệ");

		String twelveHour = html(this.mvc.perform(session(id, "05/04/2039", "7:30 AM", "11:00")).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "startTime", "typeMismatch")));
		assertThat(twelveHour).contains("Giờ không hợp lệ: hãy nhập giờ:phút, ví dụ 07:30 hoặc 13:30.").contains("value=\"7:30 AM\"");

		this.mvc.perform(session(id, "05/04/2039", "13:30", "16h45")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select start_time::text || '-' || end_time::text from class_session where course_id = ?",
				String.class, id)).isEqualTo("13:30:00-16:45:00");
	}

	private MockHttpServletRequestBuilder session(Long courseId, String date, String start, String end) {
		return post("/courses/{id}/sessions", courseId).with(csrf())
			.param("date", date)
			.param("partOfDay", "")
			.param("startTime", start)
			.param("endTime", end)
			.param("kind", "SELF_STUDY")
			.param("topicText", "Tự nghiên cứu tài liệu")
			.param("delivery", "IN_PERSON")
			.param("place", "")
			.param("lecturerUserId", "");
	}

	@Test
	@WithUserDetails("admin")
	void aUnitsDateIsDayMonthYearToo() throws Exception {
		Long district = this.units.tree().stream().filter(u -> "AP".equals(u.shortName())).findFirst().orElseThrow().id();
		String page = html(this.mvc.perform(post("/admin/units").with(csrf())
			.param("kind", "PARTY_CELL")
			.param("name", "Chi bộ ngày sai " + UUID.randomUUID())
			.param("shortName", "")
			.param("parentId", district.toString())
			.param("validFrom", "30/02/2024"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "validFrom", "typeMismatch")));
		assertThat(page).contains("Ngày không hợp lệ: hãy nhập ngày/tháng/năm").contains("value=\"30/02/2024\"");

		this.mvc.perform(post("/admin/units").with(csrf())
			.param("kind", "PARTY_CELL")
			.param("name", "Chi bộ ngày đúng " + UUID.randomUUID())
			.param("shortName", "")
			.param("parentId", district.toString())
			.param("validFrom", "29/02/2024")).andExpect(status().is3xxRedirection());
	}

	@Test
	@WithUserDetails("admin")
	void theAuditFilterReadsDayMonthYearToo() throws Exception {
		this.mvc.perform(get("/admin/audit").param("from", "1/1/2000").param("to", "31/01/2000"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasNoErrors("filter"));
	}

	private MockHttpServletRequestBuilder plan(String name, String opening, String closing) {
		Long centre = this.units.tree().stream().filter(u -> "AP.TTCT".equals(u.shortName())).findFirst().orElseThrow().id();
		return post("/courses").with(csrf())
			.param("name", name)
			.param("politicalCentreUnitId", String.valueOf(centre))
			.param("plannedOpening", opening)
			.param("plannedClosing", closing)
			.param("mode", "CONCENTRATED")
			.param("delivery", "IN_PERSON")
			.param("expectedLearners", "40");
	}

	private static String html(ResultActions result) throws Exception {
		return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString());
	}

}
