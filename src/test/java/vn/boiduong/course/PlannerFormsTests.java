package vn.boiduong.course;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7 item 9: the forms that judge a plan. An opinion is a deliberate choice made with the plan in
 * view; the decision form starts from the signed-in member and today; every empty field says what it
 * misses.
 */
@IntegrationTest
@Import(CourseFixtures.class)
class PlannerFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseFixtures fixtures;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void theOpinionFormChoosesNothingInAdvanceAndShowsThePlanAndItsTimetable() throws Exception {
		CourseView course = this.fixtures.inStatus(CourseStatus.UNDER_REVIEW);

		String page = html(perform("anphu.tochuc", get("/courses/{id}/opinion", course.id())).andExpect(status().isOk()));

		assertThat(page).contains("name=\"verdict\"").doesNotContain("checked");
		assertThat(page).as("the plan's details").contains("id=\"plan-under-review\"", "Hội trường", "Mục đích");
		assertThat(page).as("its timetable, day by day").contains("id=\"timetable-under-review\"", "Bài 1", "Bài 6",
				"05/03/2035");
	}

	@Test
	void anOpinionWithoutAChoiceIsRefusedWithTheMessageNextToTheChoice() throws Exception {
		CourseView course = this.fixtures.inStatus(CourseStatus.UNDER_REVIEW);

		String page = html(perform("anphu.tochuc",
				post("/courses/{id}/opinion", course.id()).with(csrf()).param("comment", "Đã xem"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "verdict")));

		assertThat(page).contains("id=\"verdict-error\"").contains("Hãy chọn «Thống nhất» hoặc «Đề nghị chỉnh sửa».");
		assertThat(page).as("the comment is kept").contains(">Đã xem</textarea>");
		assertThat(this.fixtures.stored(course.id()).status()).isEqualTo(CourseStatus.UNDER_REVIEW);
	}

	@Test
	void aRequestForChangesWithoutACommentIsRefusedNextToTheComment() throws Exception {
		CourseView course = this.fixtures.inStatus(CourseStatus.UNDER_REVIEW);

		String page = html(perform("anphu.tochuc",
				post("/courses/{id}/opinion", course.id()).with(csrf()).param("verdict", "REQUEST_CHANGES").param("comment", " "))
			.andExpect(model().attributeHasFieldErrors("form", "comment")));

		assertThat(page).contains("Hãy ghi rõ nội dung đề nghị chỉnh sửa.").containsPattern("value=\"REQUEST_CHANGES\"[^>]*checked");
		assertThat(this.fixtures.stored(course.id()).status()).isEqualTo(CourseStatus.UNDER_REVIEW);
	}

	@Test
	void theDecisionFormStartsWithTheSignedInMemberAndToday() throws Exception {
		CourseView course = this.fixtures.inStatus(CourseStatus.AWAITING_DECISION);

		String page = html(perform("anphu.thuongtruc", get("/courses/{id}/approve", course.id())).andExpect(status().isOk()));

		String today = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
		assertThat(page).contains("id=\"signerName\" name=\"signerName\" value=\"Huỳnh Văn Thành\"")
			.containsPattern("id=\"date\"[^>]*value=\"" + today + "\"")
			.containsPattern("id=\"signerTitle\" name=\"signerTitle\" value=\"[^\"]+\"")
			.contains("id=\"plan-under-review\"");
	}

	@Test
	void anEmptyDecisionSaysWhatEachFieldMisses() throws Exception {
		CourseView course = this.fixtures.inStatus(CourseStatus.AWAITING_DECISION);

		String page = html(perform("anphu.thuongtruc", post("/courses/{id}/approve", course.id()).with(csrf())
			.param("number", "")
			.param("date", "")
			.param("signerName", " ")
			.param("signerTitle", "")).andExpect(status().isOk()));

		assertThat(page).contains("Hãy nhập số quyết định mở lớp.", "Hãy nhập ngày quyết định.",
				"Hãy nhập họ tên người ký.", "Hãy nhập chức vụ người ký.")
			.doesNotContain("Không được để trống.");
		assertThat(this.fixtures.stored(course.id()).status()).isEqualTo(CourseStatus.AWAITING_DECISION);
	}

	@Test
	void aDecisionWithADateThatIsNotOneKeepsWhatWasTypedAndSaysWhatIsMissing() throws Exception {
		CourseView course = this.fixtures.inStatus(CourseStatus.AWAITING_DECISION);

		String page = html(perform("anphu.thuongtruc", post("/courses/{id}/approve", course.id()).with(csrf())
			.param("number", "12-QĐ/HU")
			.param("date", "31/02/2027")
			.param("signerName", "Huỳnh Văn Thành")
			.param("signerTitle", "")).andExpect(status().isOk()));

		assertThat(page).contains("Ngày không hợp lệ: hãy nhập ngày/tháng/năm, ví dụ 25/12/2027.", "Hãy nhập chức vụ người ký.")
			.contains("value=\"12-QĐ/HU\"", "value=\"31/02/2027\"", "value=\"Huỳnh Văn Thành\"");
		assertThat(this.fixtures.stored(course.id()).status()).isEqualTo(CourseStatus.AWAITING_DECISION);
	}

	@Test
	void aReturnWithoutAReasonSaysSo() throws Exception {
		CourseView course = this.fixtures.inStatus(CourseStatus.AWAITING_DECISION);

		String page = html(perform("anphu.thuongtruc",
				post("/courses/{id}/reject", course.id()).with(csrf()).param("reason", "")).andExpect(status().isOk()));

		assertThat(page).contains("Hãy ghi lý do.").doesNotContain("Không được để trống.");
	}

	@Test
	void listsAndTheHomePageShowWhatTellsCoursesApartFirst() throws Exception {
		String list = html(perform("anphu.tuyengiao", get("/courses").param("year", "2026")));
		assertThat(list).containsPattern("<a class=\"fw-semibold course-label\" href=\"/courses/\\d+\"\\s+title=\"Lớp bồi dưỡng "
				+ "nghiệp vụ công tác đảng cho bí thư chi bộ và cấp ủy viên cơ sở năm 2026 – đợt 2\">Năm 2026 – đợt 2</a>");

		String home = html(perform("anphu.thuongtruc", get("/")));
		assertThat(home).contains(">«Năm 2027 – đợt 4»</a>");

		String course = html(perform("anphu.tuyengiao", get(list.replaceAll("(?s).*href=\"(/courses/\\d+)\"\\s+title=\"[^\"]*năm 2026 – đợt 2\".*", "$1"))));
		assertThat(course).contains("<h1 class=\"h3 mb-1\">Năm 2026 – đợt 2</h1>")
			.contains("nghiệp vụ công tác đảng cho bí thư chi bộ và cấp ủy viên cơ sở năm 2026 – đợt 2</p>");
	}

	private ResultActions perform(String username, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.userDetails.loadUserByUsername(username))));
	}

	private static String html(ResultActions result) throws Exception {
		return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString());
	}

}
