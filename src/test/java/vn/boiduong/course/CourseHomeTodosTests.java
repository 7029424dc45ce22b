package vn.boiduong.course;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The home page's "Việc cần làm" for the planner who has not sent a draft yet and for a lecturer. */
@IntegrationTest
@Import(CourseFixtures.class)
class CourseHomeTodosTests {

	/** A day on which no demo course and no other test books the demo lecturer. */
	static final LocalDate TEACHING_DAY = LocalDate.of(2038, 10, 12);

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseFixtures fixtures;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	UserDirectory directory;

	@Autowired
	CourseService service;

	String home(String username) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(get("/").with(user(this.userDetails.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void aDraftNeverSentForOpinionsWaitsOnItsPlannersHomePageOnly() throws Exception {
		CourseView draft = this.fixtures.draft(CourseFixtures.unique("Lớp chưa gửi ý kiến"), LocalDate.of(2036, 4, 7));

		assertThat(home("anphu.tuyengiao")).contains("Kế hoạch đang soạn, chưa gửi lấy ý kiến")
			.contains("«" + draft.name() + "»")
			.contains("href=\"/courses/" + draft.id() + "\"");
		assertThat(home("anphu.tochuc")).doesNotContain(draft.name());
		assertThat(home("binhson.tuyengiao")).doesNotContain(draft.name());

		this.fixtures.coverAllLessons(draft);
		this.fixtures.as("anphu.tuyengiao", () -> this.service.submitForReview(draft.id(), null));
		assertThat(home("anphu.tuyengiao")).as("sent: no longer a draft to finish").doesNotContain(draft.name());
	}

	@Test
	void aLecturerFindsTheApprovedCoursesHeTeachesOnHisHomePage() throws Exception {
		Long lecturer = this.directory.holdersOf(Role.LECTURER, this.fixtures.centre("AP").id()).get(0).id();
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp có giảng viên"), TEACHING_DAY);
		Long lesson = this.fixtures.lessons().get(0).id();
		this.fixtures.as("anphu.tuyengiao", () -> this.service.addSession(course.id(), new SessionDetails(TEACHING_DAY,
				PartOfDay.MORNING, null, null, SessionKind.LECTURE, lesson, List.of(), null, null, Delivery.IN_PERSON,
				null, lecturer, null)));
		this.fixtures.coverAllLessons(course);
		assertThat(home("anphu.giangvien")).as("not approved yet").doesNotContain(course.name());

		this.fixtures.as("anphu.tuyengiao", () -> this.service.submitForReview(course.id(), null));
		this.fixtures.as("anphu.tochuc", () -> this.service.recordConcurrence(course.id(), null, Verdict.CONCUR, null));
		this.fixtures.as("anphu.vanphong", () -> this.service.recordConcurrence(course.id(), null, Verdict.CONCUR, null));
		this.fixtures.as("anphu.thuongtruc", () -> this.service.approve(course.id(), "7-QĐ/HU", TEACHING_DAY.minusDays(20),
				"Huỳnh Văn Thành", "Phó Bí thư Thường trực Huyện ủy"));

		assertThat(home("anphu.giangvien")).contains("Buổi giảng sắp tới của tôi")
			.contains("«" + course.name() + "»: 1 buổi, buổi đầu tiên ngày 12/10/2038")
			.contains("href=\"/courses/" + course.id() + "#timetable\"");
		assertThat(home("anphu.tochuc")).doesNotContain("Buổi giảng sắp tới của tôi");
	}

}
