package vn.boiduong.course;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 7 item 9: the province's "Việc cần làm" shows what it follows today: its districts' plans
 * still waiting for opinions or for a decision, and the courses opening this month.
 */
@IntegrationTest
@Import(CourseFixtures.class)
class CourseProvinceTodosTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseFixtures fixtures;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	CourseService service;

	String home(String username) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(get("/").with(user(this.userDetails.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void theProvinceSeesItsDistrictsPlansWaitingAndTheCoursesOpeningThisMonth() throws Exception {
		CourseView underReview = this.fixtures.inStatus(CourseStatus.UNDER_REVIEW);
		CourseView awaiting = this.fixtures.inStatus(CourseStatus.AWAITING_DECISION);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		LocalDate opening = today.withDayOfMonth(today.lengthOfMonth());
		CourseView thisMonth = this.fixtures.draft(CourseFixtures.unique("Lớp khai giảng tháng này"), opening, opening);
		this.fixtures.coverAllLessons(thisMonth);
		this.fixtures.as("anphu.tuyengiao", () -> this.service.submitForReview(thisMonth.id(), null));
		this.fixtures.as("anphu.tochuc", () -> this.service.recordConcurrence(thisMonth.id(), null, Verdict.CONCUR, null));
		this.fixtures.as("anphu.vanphong", () -> this.service.recordConcurrence(thisMonth.id(), null, Verdict.CONCUR, null));
		this.fixtures.as("anphu.thuongtruc", () -> this.service.approve(thisMonth.id(), "9-QĐ/HU", today.withDayOfMonth(1),
				"Huỳnh Văn Thành", "Phó Bí thư Thường trực Huyện ủy"));

		String home = home("tinh.tuyengiao");

		assertThat(home).doesNotContain("Hiện không có việc nào đang chờ bạn.")
			.contains("Kế hoạch của huyện, xã, phường đang lấy ý kiến")
			.contains("«" + underReview.name() + "» – Huyện ủy An Phú (lần lấy ý kiến thứ 1)")
			.contains("href=\"/courses/" + underReview.id() + "\"")
			.contains("Kế hoạch của huyện, xã, phường chờ cấp ủy quyết định")
			.contains("«" + awaiting.name() + "» – Huyện ủy An Phú")
			.contains("Lớp khai giảng trong tháng này")
			.contains("«" + thisMonth.name() + "» – Huyện ủy An Phú: khai giảng ngày "
					+ DateTimeFormatter.ofPattern("dd/MM/yyyy").format(opening));
		assertThat(home("binhson.tuyengiao")).as("another district sees none of it").doesNotContain(underReview.name())
			.doesNotContain(thisMonth.name());
	}

}
