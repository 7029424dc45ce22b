package vn.boiduong.attendance;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.ClassView;
import vn.boiduong.course.CourseStatus;
import vn.boiduong.support.ClassFixtures;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The course page of a running class offers the roster and the attendance sheets only to those they open for
 * (issue 9: the buttons appear only to those who may use them); each link shown answers 200, each hidden one 403.
 */
@IntegrationTest
@Import(ClassFixtures.class)
class ClassLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ClassFixtures fixtures;

	ClassView running() {
		return this.fixtures.demoClass(CourseStatus.IN_PROGRESS, "lớp đang học");
	}

	String page(String username, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.userDetails.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	int status(String username, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.userDetails.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	void offers(String username, boolean roster, boolean attendance) throws Exception {
		ClassView c = running();
		String page = page(username, "/courses/" + c.id());
		assertThat(page.contains("id=\"link-roster\"")).as(username + " is offered the roster").isEqualTo(roster);
		assertThat(page.contains("id=\"link-attendance\"")).as(username + " is offered the sheets").isEqualTo(attendance);
		assertThat(status(username, "/courses/" + c.id() + "/roster")).as(username + " opens the roster")
			.isEqualTo(roster ? 200 : 403);
		assertThat(status(username, "/courses/" + c.id() + "/attendance")).as(username + " opens the sheets")
			.isEqualTo(attendance ? 200 : 403);
	}

	@Test
	void theCentreAndTheOrganizingBoardsAreOfferedBoth() throws Exception {
		offers("anphu.giamdoc", true, true);
		offers("anphu.tochuc", true, true);
		offers("anphu.tuyengiao", true, true);
	}

	@Test
	void theOfficeAndTheStandingMembersAreOfferedNeither() throws Exception {
		offers("anphu.vanphong", false, false);
		offers("anphu.thuongtruc", false, false);
	}

	@Test
	void theSheetsAreNamedByWhatEachSessionTeachesTheElectiveTopicIncluded() throws Exception {
		ClassView c = running();
		List<ClassSessionView> topics = c.attendedSessions().stream().filter(s -> s.electiveTopicTitle() != null).toList();
		assertThat(topics).as("the demo's class has its elective topic").isNotEmpty();

		String overview = HtmlUtils.htmlUnescape(page("anphu.giamdoc", "/courses/" + c.id() + "/attendance"));

		for (ClassSessionView s : c.attendedSessions()) {
			assertThat(overview).contains(s.subject() != null ? s.subject() : "");
		}
		assertThat(overview).contains(topics.get(0).electiveTopicTitle());
	}

	@Test
	void aLecturerIsOfferedTheSheetsOfAClassHeTeachesAndNotItsRoster() throws Exception {
		Long lecturer = this.fixtures.userId("anphu.giangvien");
		boolean teaches = running().attendedSessions().stream().anyMatch(s -> lecturer.equals(s.lecturerUserId()));
		// on the days when the demo's class shares its week with the lecturer's approved course, he teaches none of it
		offers("anphu.giangvien", false, teaches);
	}

}
