package vn.boiduong.course;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.boiduong.audit.AuditEventView;
import vn.boiduong.audit.AuditLog;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan form, opinions, the course list, visibility, the audit log and the events. */
@IntegrationTest
@Import(CourseFixtures.class)
@RecordApplicationEvents
class CoursePlanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseFixtures fixtures;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	ApplicationEvents events;

	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(this.userDetails.loadUserByUsername(username)));
	}

	String html(String username, MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(as(username, request)).andReturn().getResponse();
		return HtmlUtils.htmlUnescape(response.getContentAsString());
	}

	MockHttpServletRequestBuilder planPost(CourseView course, String name, long version) {
		return planPost(course, name, version, course.plannedClosing());
	}

	MockHttpServletRequestBuilder planPost(CourseView course, String name, long version, LocalDate closing) {
		return post("/courses/{id}/edit", course.id()).with(csrf())
			.param("organizingUnitId", String.valueOf(course.organizingUnitId()))
			.param("name", name)
			.param("politicalCentreUnitId", String.valueOf(course.politicalCentreUnitId()))
			.param("plannedOpening", course.plannedOpening().toString())
			.param("plannedClosing", closing.toString())
			.param("venue", "Hội trường mới")
			.param("mode", "CONCENTRATED")
			.param("delivery", "BLENDED")
			.param("expectedLearners", "55")
			.param("targetedLearnerKinds", "BRANCH_SECRETARY", "DEPUTY_SECRETARY")
			.param("version", String.valueOf(version));
	}

	@Test
	void aDistrictPropagandaUserDraftsAPlanThroughTheForm() throws Exception {
		String name = CourseFixtures.unique("Lớp bồi dưỡng mới");
		var result = this.mvc.perform(as("anphu.tuyengiao", post("/courses").with(csrf()))
			.param("organizingUnitId", String.valueOf(this.fixtures.district("AP").id()))
			.param("name", name)
			.param("politicalCentreUnitId", String.valueOf(this.fixtures.centre("AP").id()))
			.param("plannedOpening", "2036-05-04")
			.param("plannedClosing", "2036-05-08")
			.param("mode", "NON_CONCENTRATED")
			.param("delivery", "IN_PERSON")
			.param("expectedLearners", "45")
			.param("targetedLearnerKinds", "GRASSROOTS_COMMITTEE_MEMBER"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Long id = Long.valueOf(result.getResponse().getRedirectedUrl().replace("/courses/", ""));
		CourseView course = this.fixtures.as("anphu.tuyengiao", () -> this.fixtures.service.get(id));
		assertThat(course.name()).isEqualTo(name);
		assertThat(course.status()).isEqualTo(CourseStatus.DRAFT);
		assertThat(course.mode()).isEqualTo(CourseMode.NON_CONCENTRATED);
		assertThat(course.targetedLearnerKinds()).containsExactly(LearnerKind.GRASSROOTS_COMMITTEE_MEMBER);
		assertThat(this.audit.historyOf("Course", id)).extracting(AuditEventView::action).contains("COURSE_CREATED");
	}

	@Test
	void closingBeforeOpeningIsRefusedOnTheField() throws Exception {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp ngày sai"), LocalDate.of(2036, 6, 1));
		long version = this.fixtures.stored(course.id()).version();
		String page = html("anphu.tuyengiao", planPost(course, "Tên gõ dở", version, LocalDate.of(2036, 5, 1)));
		assertThat(page).contains("Ngày bế giảng không được trước ngày khai giảng").contains("value=\"Tên gõ dở\"");
		assertThat(this.fixtures.stored(course.id()).version()).isEqualTo(version);
	}

	@Test
	void theSecondOfTwoConcurrentEditsGetsAConflictMessageAndKeepsWhatWasTyped() throws Exception {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp sửa đồng thời"), LocalDate.of(2036, 7, 6));
		long seenByBoth = this.fixtures.stored(course.id()).version();

		this.mvc.perform(as("anphu.giamdoc", planPost(course, "Tên do đồng chí Hồng sửa", seenByBoth)))
			.andExpect(status().is3xxRedirection());

		var response = this.mvc.perform(as("anphu.tuyengiao", planPost(course, "Tên do đồng chí Tâm gõ", seenByBoth)))
			.andReturn()
			.getResponse();
		String page = HtmlUtils.htmlUnescape(response.getContentAsString());
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(page).contains("Người khác đã lưu kế hoạch này trước bạn").contains("value=\"Tên do đồng chí Tâm gõ\"");
		CourseView stored = this.fixtures.as("anphu.tuyengiao", () -> this.fixtures.service.get(course.id()));
		assertThat(stored.name()).isEqualTo("Tên do đồng chí Hồng sửa");
		assertThat(this.audit.historyOf("Course", course.id())).extracting(AuditEventView::action)
			.containsOnlyOnce("COURSE_PLAN_EDITED");
	}

	@Test
	void theSameOpinionPostedTwiceCountsOnce() throws Exception {
		CourseView course = this.fixtures.inStatus(CourseStatus.UNDER_REVIEW);
		MockHttpServletRequestBuilder opinion = post("/courses/{id}/opinion", course.id()).with(csrf())
			.param("verdict", "CONCUR")
			.param("comment", "Thống nhất");
		this.mvc.perform(as("anphu.tochuc", opinion))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "course.opinion.recorded"));
		this.mvc.perform(as("anphu.tochuc", opinion))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("failure", "course.opinion.alreadyRecorded"));

		assertThat(this.jdbc.queryForObject("select count(*) from concurrence where course_id = ?", Integer.class,
				course.id())).isEqualTo(1);
		assertThat(this.fixtures.stored(course.id()).status()).isEqualTo(CourseStatus.UNDER_REVIEW);
		assertThat(this.events.stream(CoursePlanConcurred.class).filter(e -> e.courseId().equals(course.id())))
			.hasSize(1);
	}

	@Test
	void aRequestForChangesSendsThePlanBackWithTheCommentShownAndOnTheDraftersHomePage() throws Exception {
		CourseView course = this.fixtures.inStatus(CourseStatus.UNDER_REVIEW);
		this.mvc.perform(as("anphu.vanphong", post("/courses/{id}/opinion", course.id()).with(csrf()))
			.param("verdict", "REQUEST_CHANGES")
			.param("comment", "Đề nghị rà soát lại dự toán kinh phí"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.stored(course.id()).status()).isEqualTo(CourseStatus.DRAFT);
		assertThat(html("anphu.tuyengiao", get("/courses/{id}", course.id())))
			.contains("Đề nghị rà soát lại dự toán kinh phí")
			.contains("id=\"action-submit\"");
		assertThat(html("anphu.tuyengiao", get("/"))).contains("Kế hoạch bị trả lại, cần chỉnh sửa").contains(course.name());
		assertThat(this.events.stream(CoursePlanChangesRequested.class).filter(e -> e.courseId().equals(course.id())))
			.singleElement()
			.extracting(CoursePlanChangesRequested::bodyUnitId)
			.isEqualTo(this.fixtures.unit("AP.VP").id());
	}

	@Test
	void eachTransitionIsAuditedAndPublished() throws Exception {
		CourseView course = this.fixtures.inStatus(CourseStatus.APPROVED);
		assertThat(this.audit.historyOf("Course", course.id())).extracting(AuditEventView::action)
			.contains("COURSE_PLAN_SUBMITTED", "COURSE_PLAN_CONCURRED", "COURSE_PLAN_APPROVED");
		assertThat(this.events.stream(CoursePlanSubmitted.class).filter(e -> e.courseId().equals(course.id()))).hasSize(1);
		assertThat(this.events.stream(CoursePlanApproved.class).filter(e -> e.courseId().equals(course.id())))
			.singleElement()
			.extracting(e -> e.decision().number())
			.isEqualTo("1-QĐ/HU");
		this.fixtures.as("anphu.thuongtruc", () -> this.fixtures.service.cancel(course.id(), "Thiên tai"));
		assertThat(this.events.stream(CourseCancelled.class).filter(e -> e.courseId().equals(course.id())))
			.singleElement()
			.extracting(CourseCancelled::previousStatus)
			.isEqualTo(CourseStatus.APPROVED);
	}

	@Test
	void eachDemoAccountSeesOnlyTheButtonsItMayUseNow() throws Exception {
		CourseView course = this.fixtures.inStatus(CourseStatus.AWAITING_DECISION);
		assertThat(html("anphu.thuongtruc", get("/courses/{id}", course.id()))).contains("id=\"action-approve\"")
			.contains("id=\"action-reject\"")
			.contains("id=\"action-cancel\"")
			.doesNotContain("id=\"action-edit\"");
		assertThat(html("anphu.tuyengiao", get("/courses/{id}", course.id()))).contains("id=\"action-cancel\"")
			.doesNotContain("id=\"action-approve\"")
			.doesNotContain("id=\"action-edit\"");
		assertThat(html("anphu.tochuc", get("/courses/{id}", course.id()))).doesNotContain("id=\"course-actions\"");
		assertThat(html("anphu.thuongtruc", get("/"))).contains("Kế hoạch mở lớp chờ tôi quyết định").contains(course.name());
	}

	@Test
	void theListFiltersByStatusYearDistrictAndName() throws Exception {
		String token = CourseFixtures.unique("Lọc");
		CourseView draft2035 = this.fixtures.draft(token + " dự thảo", LocalDate.of(2035, 9, 3));
		CourseView cancelled = this.fixtures.draft(token + " đã hủy", LocalDate.of(2035, 10, 1));
		this.fixtures.as("anphu.tuyengiao", () -> this.fixtures.service.cancel(cancelled.id(), "Hoãn"));
		CourseView draft2036 = this.fixtures.draft(token + " năm sau", LocalDate.of(2036, 9, 1));

		assertThat(html("anphu.tuyengiao", get("/courses").param("q", token.toUpperCase())))
			.contains(draft2035.name(), cancelled.name(), draft2036.name());
		assertThat(html("anphu.tuyengiao", get("/courses").param("q", token).param("status", "CANCELLED")))
			.contains(cancelled.name())
			.doesNotContain(draft2035.name(), draft2036.name());
		assertThat(html("anphu.tuyengiao", get("/courses").param("q", token).param("year", "2036")))
			.contains(draft2036.name())
			.doesNotContain(draft2035.name(), cancelled.name());
		String ap = String.valueOf(this.fixtures.district("AP").id());
		String bs = String.valueOf(this.fixtures.district("BS").id());
		assertThat(html("tinh.tuyengiao", get("/courses").param("q", token).param("district", ap)))
			.contains(draft2035.name(), cancelled.name(), draft2036.name());
		assertThat(html("tinh.tuyengiao", get("/courses").param("q", token).param("district", bs)))
			.contains("id=\"no-courses\"")
			.doesNotContain(draft2035.name());
	}

	@Test
	void aDistrictSeesOnlyItsOwnCoursesAndTheProvinceSeesAll() throws Exception {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp riêng An Phú"), LocalDate.of(2036, 10, 5));
		assertThat(html("binhson.tuyengiao", get("/courses").param("q", course.name()))).contains("id=\"no-courses\"")
			.doesNotContain("href=\"/courses/" + course.id() + "\"");
		assertThat(html("tinh.tuyengiao", get("/courses").param("q", course.name()))).contains(course.name());
		this.mvc.perform(as("binhson.tuyengiao", get("/courses/{id}", course.id()))).andExpect(status().isForbidden());
		this.mvc.perform(as("tinh.tuyengiao", get("/courses/{id}", course.id()))).andExpect(status().isOk());
		this.mvc.perform(as("anphu.tuyengiao", get("/courses/{id}", 987654321L))).andExpect(status().isNotFound());
		this.mvc.perform(as("binhson.tuyengiao", planPost(course, "Đổi tên trộm", this.fixtures.stored(course.id()).version())))
			.andExpect(status().isForbidden());
		this.mvc.perform(as("binhson.tuyengiao", get("/courses/new"))).andExpect(status().isOk());
		this.mvc.perform(as("anphu.tochuc", get("/courses/new"))).andExpect(status().isForbidden());
	}

	@Test
	void eachWorkflowAccountFindsTheStepWaitingForItOnItsHomePage() throws Exception {
		CourseView underReview = this.fixtures.inStatus(CourseStatus.UNDER_REVIEW);
		CourseView awaitingDecision = this.fixtures.inStatus(CourseStatus.AWAITING_DECISION);
		CourseView draft = this.fixtures.draft(CourseFixtures.unique("Lớp dự thảo chưa gửi"), LocalDate.of(2036, 11, 2));

		for (String body : List.of("anphu.tochuc", "anphu.vanphong")) {
			assertThat(html(body, get("/"))).as(body)
				.contains("Kế hoạch mở lớp chờ ý kiến của tôi")
				.contains(underReview.name())
				.doesNotContain(awaitingDecision.name(), draft.name());
		}
		assertThat(html("anphu.thuongtruc", get("/"))).contains("Kế hoạch mở lớp chờ tôi quyết định")
			.contains(awaitingDecision.name())
			.doesNotContain(underReview.name(), draft.name());
		assertThat(html("anphu.tuyengiao", get("/"))).contains("Kế hoạch đang soạn, chưa gửi lấy ý kiến")
			.contains(draft.name())
			.doesNotContain(underReview.name(), awaitingDecision.name());
		assertThat(html("binhson.tuyengiao", get("/"))).as("another district")
			.doesNotContain(underReview.name(), awaitingDecision.name(), draft.name());
	}

}
