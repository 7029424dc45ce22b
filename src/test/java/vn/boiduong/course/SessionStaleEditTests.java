package vn.boiduong.course;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A session form someone else's save outdated gets a conflict message, never a silent overwrite (DESIGN §9). */
@IntegrationTest
@Import(CourseFixtures.class)
class SessionStaleEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseFixtures fixtures;

	@Autowired
	UserDetailsService userDetails;

	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(this.userDetails.loadUserByUsername(username)));
	}

	@Test
	void theSecondOfTwoEditsOfOneSessionFromTheSameStartingPointGetsAConflictAndChangesNothing() throws Exception {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp sửa buổi đồng thời"), LocalDate.of(2037, 6, 1));
		Long lesson = this.fixtures.lessons().get(0).id();
		ClassSessionView session = this.fixtures.as("anphu.tuyengiao", () -> this.fixtures.service.addSession(course.id(),
				CourseFixtures.selfStudy(course.plannedOpening(), lesson)));
		String formSeenByBoth = HtmlUtils.htmlUnescape(this.mvc
			.perform(as("anphu.tuyengiao", get("/courses/{id}/sessions/{sid}/edit", course.id(), session.id())))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String version = String.valueOf(this.fixtures.stored(course.id()).version());

		this.mvc.perform(as("anphu.giamdoc", edit(course, session, version, "Hội trường B")));
		var response = this.mvc.perform(as("anphu.tuyengiao", edit(course, session, version, "Hội trường C")))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(HtmlUtils.htmlUnescape(response.getContentAsString())).contains("value=\"Hội trường C\"");
		ClassSessionView stored = this.fixtures.as("anphu.tuyengiao",
				() -> this.fixtures.service.session(course.id(), session.id()));
		assertThat(stored.place()).isEqualTo("Hội trường B");
		assertThat(formSeenByBoth).contains("name=\"version\" value=\"" + version + "\"");
	}

	MockHttpServletRequestBuilder edit(CourseView course, ClassSessionView session, String version, String place) {
		return post("/courses/{id}/sessions/{sid}", course.id(), session.id()).with(csrf())
			.param("date", course.plannedOpening().toString())
			.param("partOfDay", "EVENING")
			.param("kind", "SELF_STUDY")
			.param("lessonId", String.valueOf(session.lessonId()))
			.param("delivery", "IN_PERSON")
			.param("place", place)
			.param("version", version);
	}

}
