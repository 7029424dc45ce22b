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
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseStatus;
import vn.boiduong.support.ClassFixtures;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The home page of those who take attendance (issue 9): today's sessions of the class running in the demo, each
 * linked to its sheet, for the centre that runs it and for the lecturer of the session; the centre's warning of
 * learners near the absence limit; nothing of it for an account that does not mark.
 */
@IntegrationTest
@Import(ClassFixtures.class)
class AttendanceHomeTodosTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ClassFixtures fixtures;

	@Autowired
	CourseService courses;

	String home(String username) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(get("/").with(user(this.userDetails.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	ClassView running() {
		return this.fixtures.demoClass(CourseStatus.IN_PROGRESS, "lớp đang học");
	}

	static String sheet(ClassView course, ClassSessionView session) {
		return "href=\"/courses/" + course.id() + "/sessions/" + session.id() + "/attendance\"";
	}

	@Test
	void theCentreFindsTodaysSheetsAndItsLearnersNearTheLimitOnItsHomePage() throws Exception {
		ClassView running = running();
		List<ClassSessionView> today = running.attendedSessions()
			.stream()
			.filter(s -> s.date().equals(this.courses.today()))
			.toList();
		assertThat(today).as("the demo class runs from two days ago to two days on").isNotEmpty();
		List<ClassSessionView> other = running.attendedSessions()
			.stream()
			.filter(s -> !s.date().equals(this.courses.today()))
			.toList();

		String home = home("anphu.giamdoc");

		assertThat(home).contains("Điểm danh hôm nay");
		for (ClassSessionView s : today) {
			assertThat(home).contains(sheet(running, s));
		}
		for (ClassSessionView s : other) {
			assertThat(home).doesNotContain(sheet(running, s));
		}
		assertThat(home).contains(": chưa điểm danh")
			.contains("Học viên sắp vượt giới hạn vắng")
			.contains("href=\"/courses/" + running.id() + "/roster\"");

		String organizer = home("anphu.tochuc");
		assertThat(organizer).doesNotContain("Điểm danh hôm nay").doesNotContain(sheet(running, today.get(0)));
	}

	@Test
	void aLecturerFindsTheSheetsOfHisSessionsTodayOnly() throws Exception {
		ClassView running = running();
		Long lecturer = this.fixtures.userId("anphu.giangvien");
		List<ClassSessionView> today = running.attendedSessions()
			.stream()
			.filter(s -> s.date().equals(this.courses.today()))
			.toList();
		List<ClassSessionView> his = today.stream().filter(s -> lecturer.equals(s.lecturerUserId())).toList();

		String home = home("anphu.giangvien");

		for (ClassSessionView s : today) {
			if (his.contains(s)) {
				assertThat(home).contains(sheet(running, s));
			}
			else {
				assertThat(home).as("a session of a guest speaker is the centre's to mark").doesNotContain(sheet(running, s));
			}
		}
		if (his.isEmpty()) {
			// on the days when the demo's class shares its week with the lecturer's approved course, it has none
			assertThat(home).doesNotContain("Điểm danh hôm nay");
		}
		else {
			assertThat(home).contains("Điểm danh hôm nay").doesNotContain("Học viên sắp vượt giới hạn vắng");
			assertThat(home.indexOf("Điểm danh hôm nay")).as("the day's work before the weeks to come")
				.isLessThan(home.indexOf("Buổi giảng sắp tới của tôi"));
		}
	}

}
