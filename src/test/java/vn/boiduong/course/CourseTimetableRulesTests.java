package vn.boiduong.course;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.boiduong.curriculum.LessonView;
import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The timetable's rules, as the district propaganda user meets them on the forms. */
@IntegrationTest
@Import(CourseFixtures.class)
@WithUserDetails("anphu.tuyengiao")
class CourseTimetableRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseFixtures fixtures;

	@Autowired
	UserDirectory directory;

	@Autowired
	CourseService service;

	Long lecturerId() {
		return this.directory.holdersOf(Role.LECTURER, this.fixtures.centre("AP").id()).get(0).id();
	}

	Long lesson(int number) {
		return this.fixtures.lessons().stream().filter(l -> l.number() == number).findFirst().orElseThrow().id();
	}

	MockHttpServletRequestBuilder session(Long courseId, String date, String part, String start, String end,
			Long lecturer, String place) {
		return post("/courses/{id}/sessions", courseId).with(csrf())
			.param("date", date)
			.param("partOfDay", part)
			.param("startTime", start)
			.param("endTime", end)
			.param("kind", "LECTURE")
			.param("lessonId", String.valueOf(lesson(1)))
			.param("delivery", "IN_PERSON")
			.param("place", place)
			.param("lecturerUserId", lecturer == null ? "" : String.valueOf(lecturer));
	}

	/** The page answered with 200, entities decoded (form values are written with HTML entities). */
	String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
		return HtmlUtils.htmlUnescape(response.getContentAsString());
	}

	int sessionsOf(Long courseId) {
		return this.fixtures.as("anphu.tuyengiao", () -> this.service.page(courseId).sessions().size());
	}

	@Test
	void aLecturerIsNeverInTwoSessionsAtOnceAcrossCourses() throws Exception {
		CourseView first = this.fixtures.draft(CourseFixtures.unique("Lớp thứ nhất"), LocalDate.of(2033, 9, 5));
		CourseView second = this.fixtures.draft(CourseFixtures.unique("Lớp thứ hai"), LocalDate.of(2033, 9, 5));
		this.mvc.perform(session(first.id(), "2033-09-06", "MORNING", "", "", lecturerId(), "Hội trường A"))
			.andExpect(status().is3xxRedirection());

		// 08:00–10:00 overlaps the morning (07:30–11:30) of the same day, in another course
		assertThat(page(session(second.id(), "2033-09-06", "", "08:00", "10:00", lecturerId(), "Phòng số 2")))
			.contains("Giảng viên Bùi Quốc Khánh đã có buổi học ngày 06/09/2033, buổi sáng của lớp «" + first.name()
					+ "», trùng giờ với buổi học ngày 06/09/2033, 08:00–10:00")
			.contains("value=\"Phòng số 2\"");
		assertThat(sessionsOf(second.id())).isZero();

		// the afternoon of that day is free
		this.mvc.perform(session(second.id(), "2033-09-06", "AFTERNOON", "", "", lecturerId(), "Phòng số 2"))
			.andExpect(status().is3xxRedirection());
		assertThat(sessionsOf(second.id())).isEqualTo(1);
	}

	@Test
	void aCancelledCourseNoLongerHoldsItsLecturers() throws Exception {
		CourseView first = this.fixtures.draft(CourseFixtures.unique("Lớp sẽ hủy"), LocalDate.of(2033, 10, 3));
		CourseView second = this.fixtures.draft(CourseFixtures.unique("Lớp thay thế"), LocalDate.of(2033, 10, 3));
		this.mvc.perform(session(first.id(), "2033-10-04", "EVENING", "", "", lecturerId(), "Hội trường"))
			.andExpect(status().is3xxRedirection());
		this.fixtures.as("anphu.tuyengiao", () -> this.service.cancel(first.id(), "Hoãn"));
		this.mvc.perform(session(second.id(), "2033-10-04", "EVENING", "", "", lecturerId(), "Hội trường"))
			.andExpect(status().is3xxRedirection());
		assertThat(sessionsOf(second.id())).isEqualTo(1);
	}

	@Test
	void aSessionOutsideTheCourseDatesIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp ngày"), LocalDate.of(2033, 11, 7));
		assertThat(page(session(course.id(), "2033-11-20", "MORNING", "", "", null, "Phòng học số 3")))
			.contains("Buổi học ngày 20/11/2033, buổi sáng nằm ngoài thời gian của lớp (07/11/2033 – 11/11/2033)")
			.contains("value=\"Phòng học số 3\"")
			.contains("value=\"2033-11-20\"");
		assertThat(sessionsOf(course.id())).isZero();
	}

	@Test
	void aLecturerMustTeachAtTheCoursesPoliticalCentre() throws Exception {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp giảng viên"), LocalDate.of(2033, 12, 5));
		Long propagandaUser = this.directory.holdersOf(Role.DISTRICT_PROPAGANDA, this.fixtures.district("AP.BTG").id())
			.get(0)
			.id();
		assertThat(page(session(course.id(), "2033-12-05", "MORNING", "", "", propagandaUser, "Hội trường")))
			.contains("Buổi học ngày 05/12/2033, buổi sáng: người được chọn không phải giảng viên của trung tâm chính trị");
		assertThat(sessionsOf(course.id())).isZero();
	}

	@Test
	void submissionIsRefusedUntilEveryLessonIsScheduledAndTheMessageNamesTheMissingLesson() throws Exception {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp thiếu bài"), LocalDate.of(2034, 3, 6));
		List<LessonView> lessons = this.fixtures.lessons();
		LessonView last = lessons.get(lessons.size() - 1);
		this.fixtures.as("anphu.tuyengiao", () -> lessons.stream()
			.filter(l -> !l.id().equals(last.id()))
			.forEach(l -> this.service.addSession(course.id(), CourseFixtures.selfStudy(course.plannedOpening(), l.id()))));

		assertThat(page(post("/courses/{id}/submit", course.id()).with(csrf()).param("comment", "Kính gửi Ban Tổ chức")))
			.contains("chưa có buổi học (giảng hoặc tự học) cho Bài " + last.number() + ". " + last.title())
			.contains("Kính gửi Ban Tổ chức");
		assertThat(this.fixtures.stored(course.id()).status()).isEqualTo(CourseStatus.DRAFT);

		// leaving the last lesson to self-study is enough
		this.fixtures.as("anphu.tuyengiao",
				() -> this.service.addSession(course.id(), CourseFixtures.selfStudy(course.plannedOpening().plusDays(1), last.id())));
		this.mvc.perform(post("/courses/{id}/submit", course.id()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.stored(course.id()).status()).isEqualTo(CourseStatus.UNDER_REVIEW);
	}

}
