package vn.boiduong.course;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(CourseFixtures.class)
class CoursePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseFixtures fixtures;

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void coursePageShowsTheDemoTimetableAndTheDraftButtons() throws Exception {
		CourseView draft = this.fixtures.draft(CourseFixtures.unique("Lớp trang"), LocalDate.of(2036, 1, 7));
		this.fixtures.coverAllLessons(draft);
		this.mvc.perform(get("/courses/" + draft.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thời khóa biểu")))
			.andExpect(content().string(containsString("id=\"action-submit\"")))
			.andExpect(content().string(not(containsString("id=\"action-approve\""))));
	}

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void listAndFormsRender() throws Exception {
		this.mvc.perform(get("/courses").param("q", "đợt 2")).andExpect(status().isOk()).andExpect(content().string(containsString("đợt 2")));
		this.mvc.perform(get("/courses/new")).andExpect(status().isOk());
		CourseView draft = this.fixtures.draft(CourseFixtures.unique("Lớp form"), LocalDate.of(2036, 2, 7));
		this.mvc.perform(get("/courses/" + draft.id() + "/edit")).andExpect(status().isOk());
		this.mvc.perform(get("/courses/" + draft.id() + "/sessions/new")).andExpect(status().isOk());
		this.mvc.perform(get("/courses/" + draft.id() + "/submit")).andExpect(status().isOk());
		this.mvc.perform(get("/courses/" + draft.id() + "/cancel")).andExpect(status().isOk());
		this.mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("bị trả lại")));
	}

}
