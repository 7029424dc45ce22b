package vn.boiduong.course;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A create form sent twice (a double click, a resent page) does one thing: its one-time token says so. */
@IntegrationTest
@Import(CourseFixtures.class)
class FormSentTwiceTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([0-9a-f-]{36})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseFixtures fixtures;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(this.userDetails.loadUserByUsername(username)));
	}

	String tokenOf(String path, Object... vars) throws Exception {
		return tokenOf("anphu.tuyengiao", path, vars);
	}

	String tokenOf(String username, String path, Object... vars) throws Exception {
		String page = this.mvc.perform(as(username, get(path, vars))).andReturn().getResponse().getContentAsString();
		Matcher matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).as("a one-time token on the form of " + path).isTrue();
		return matcher.group(1);
	}

	MockHttpServletRequestBuilder newPlan(String name, String token) {
		return as("anphu.tuyengiao", post("/courses").with(csrf()))
			.param("organizingUnitId", String.valueOf(this.fixtures.district("AP").id()))
			.param("name", name)
			.param("politicalCentreUnitId", String.valueOf(this.fixtures.centre("AP").id()))
			.param("plannedOpening", "2039-05-04")
			.param("plannedClosing", "2039-05-08")
			.param("mode", "CONCENTRATED")
			.param("delivery", "IN_PERSON")
			.param("expectedLearners", "45")
			.param("formToken", token);
	}

	MockHttpServletRequestBuilder newSession(CourseView course, String token) {
		return as("anphu.tuyengiao", post("/courses/{id}/sessions", course.id()).with(csrf()))
			.param("date", course.plannedOpening().toString())
			.param("partOfDay", "AFTERNOON")
			.param("kind", "LECTURE")
			.param("topicText", "Chuyên đề thời sự")
			.param("delivery", "IN_PERSON")
			.param("guestSpeakerName", "Báo cáo viên")
			.param("formToken", token);
	}

	@Test
	void thePlanFormSentTwiceMakesOneDraftAndTheSecondIsSentToIt() throws Exception {
		String name = CourseFixtures.unique("Lớp gửi hai lần");
		String token = tokenOf("/courses/new");

		MvcResult first = this.mvc.perform(newPlan(name, token)).andReturn();
		MvcResult second = this.mvc.perform(newPlan(name, token)).andReturn();

		assertThat(this.jdbc.queryForObject("select count(*) from course where name = ?", Integer.class, name)).isEqualTo(1);
		assertThat(first.getResponse().getRedirectedUrl()).matches("/courses/\\d+");
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(first.getFlashMap().get("success")).isEqualTo("course.created");
		assertThat(second.getFlashMap().get("failure")).isEqualTo("form.alreadySubmitted");
	}

	@Test
	void eachShowingOfTheFormIsANewOne() throws Exception {
		String name = CourseFixtures.unique("Lớp hai biểu mẫu");
		this.mvc.perform(newPlan(name, tokenOf("/courses/new"))).andReturn();
		this.mvc.perform(newPlan(name, tokenOf("/courses/new"))).andReturn();

		assertThat(this.jdbc.queryForObject("select count(*) from course where name = ?", Integer.class, name)).isEqualTo(2);
	}

	@Test
	void theSessionFormSentTwiceAddsOneSession() throws Exception {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp thêm buổi hai lần"), LocalDate.of(2039, 6, 6));
		String token = tokenOf("/courses/{id}/sessions/new", course.id());

		MvcResult first = this.mvc.perform(newSession(course, token)).andReturn();
		MvcResult second = this.mvc.perform(newSession(course, token)).andReturn();

		assertThat(sessionsOf(course)).isEqualTo(1);
		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/courses/" + course.id() + "#timetable");
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(second.getFlashMap().get("failure")).isEqualTo("form.alreadySubmitted");
	}

	@Test
	void aDoubleClickSendingTheSessionFormTwiceAtOnceAddsOneSession() throws Exception {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp bấm đúp"), LocalDate.of(2039, 7, 4));
		String token = tokenOf("/courses/{id}/sessions/new", course.id());

		List<CompletableFuture<Integer>> clicks = List.of(1, 2)
			.stream()
			.map(i -> CompletableFuture.supplyAsync(() -> {
				try {
					return this.mvc.perform(newSession(course, token)).andReturn().getResponse().getStatus();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}))
			.toList();

		assertThat(clicks.stream().map(CompletableFuture::join)).containsOnly(302);
		assertThat(sessionsOf(course)).isEqualTo(1);
	}

	@Test
	void theUnitFormSentTwiceCreatesOneUnit() throws Exception {
		String name = CourseFixtures.unique("Chi bộ gửi hai lần");
		String token = tokenOf("admin", "/admin/units/new");
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(as("admin", post("/admin/units").with(csrf()))
				.param("kind", "PARTY_CELL")
				.param("name", name)
				.param("parentId", String.valueOf(this.fixtures.district("AP").id()))
				.param("validFrom", "2020-01-01")
				.param("formToken", token)).andReturn();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from org_unit where name = ?", Integer.class, name)).isEqualTo(1);
	}

	@Test
	void theAccountFormSentTwiceSendsTheSecondToTheAccountTheFirstCreated() throws Exception {
		String username = "hai.lan." + System.nanoTime();
		String token = tokenOf("admin", "/admin/users/new");
		MvcResult[] answers = new MvcResult[2];
		for (int i = 0; i < 2; i++) {
			answers[i] = this.mvc.perform(as("admin", post("/admin/users").with(csrf()))
				.param("username", username)
				.param("fullName", "Nguyễn Văn Hai")
				.param("password", "mat-khau-dai-du")
				.param("formToken", token)).andReturn();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class,
				username)).isEqualTo(1);
		assertThat(answers[1].getResponse().getRedirectedUrl()).matches("/admin/users/\\d+")
			.isEqualTo(answers[0].getResponse().getRedirectedUrl());
		assertThat(answers[1].getFlashMap().get("failure")).isEqualTo("form.alreadySubmitted");
	}

	@Test
	void theElectiveTopicFormSentTwiceAddsOneTopic() throws Exception {
		String title = CourseFixtures.unique("Chuyên đề gửi hai lần");
		String page = this.mvc.perform(as("tinh.tuyengiao", get("/curriculum/electives/new"))).andReturn().getResponse()
			.getContentAsString();
		Matcher token = TOKEN.matcher(page);
		assertThat(token.find()).isTrue();
		String provinceId = String.valueOf(this.fixtures.as("tinh.tuyengiao",
				() -> this.fixtures.curriculum.provincesManagedByCurrentUser().get(0).id()));
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(as("tinh.tuyengiao", post("/curriculum/electives/new").with(csrf()))
				.param("provinceUnitId", provinceId)
				.param("title", title)
				.param("version", "0")
				.param("formToken", token.group(1))).andReturn();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from elective_topic where title = ?", Integer.class, title))
			.isEqualTo(1);
	}

	private int sessionsOf(CourseView course) {
		return this.jdbc.queryForObject("select count(*) from class_session where course_id = ?", Integer.class,
				course.id());
	}

}
