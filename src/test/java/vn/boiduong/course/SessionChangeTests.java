package vn.boiduong.course;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.support.ClassFixtures;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9 (DESIGN §2): after approval the centre changes a session's time, place or lecturer, each change
 * with a reason kept in the timeline and the audit log; the lecturer double-booking rule still holds.
 */
@IntegrationTest
@Transactional
@Import(ClassFixtures.class)
class SessionChangeTests {

	@Autowired
	ClassFixtures fixtures;

	@Autowired
	CourseService courses;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Test
	void theCentreMovesASessionWithAReasonAndTheDoubleBookingRuleStillHolds() {
		CourseView course = this.fixtures.approved(LocalDate.of(2046, 3, 5), 1);
		CourseView other = this.fixtures.approved(LocalDate.of(2046, 4, 2), 1);
		ClassSessionView lecture = this.fixtures.attendedSessions(course.id()).stream()
			.filter(s -> s.lecturerUserId() != null).findFirst().orElseThrow();
		SessionChange later = new SessionChange(LocalDate.of(2046, 3, 6), PartOfDay.AFTERNOON, null, null, "Phòng 2",
				lecture.lecturerUserId(), null);

		assertThatThrownBy(() -> this.fixtures.as("anphu.tuyengiao",
				() -> this.courses.changeSession(course.id(), lecture.id(), version(course), later, "Lý do")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.fixtures.as("anphu.giamdoc",
				() -> this.courses.changeSession(course.id(), lecture.id(), version(course), later, " ")))
			.hasMessage("course.error.reasonRequired");
		ClassSessionView moved = this.fixtures.as("anphu.giamdoc", () -> this.courses.changeSession(course.id(),
				lecture.id(), version(course), later, "Giảng viên bận họp buổi sáng"));

		assertThat(moved.date()).isEqualTo(LocalDate.of(2046, 3, 6));
		assertThat(moved.place()).isEqualTo("Phòng 2");
		assertThat(moved.lessonId()).isEqualTo(lecture.lessonId());
		assertThat(this.fixtures.as("anphu.giamdoc", () -> this.courses.page(course.id())).timeline())
			.anySatisfy(step -> {
				assertThat(step.action()).isEqualTo(StepAction.SESSION_CHANGED);
				assertThat(step.comment()).endsWith(": Giảng viên bận họp buổi sáng");
			});
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'COURSE_SESSION_CHANGED' and entity_id = ?", Integer.class,
				course.id().toString())).isEqualTo(1);

		ClassSessionView otherLecture = this.fixtures.attendedSessions(other.id()).stream()
			.filter(s -> s.lecturerUserId() != null).findFirst().orElseThrow();
		SessionChange clash = new SessionChange(LocalDate.of(2046, 3, 6), PartOfDay.AFTERNOON, null, null, null,
				otherLecture.lecturerUserId(), null);
		assertThatThrownBy(() -> this.fixtures.as("anphu.giamdoc", () -> this.courses.changeSession(other.id(),
				otherLecture.id(), version(other), clash, "Dời lịch")))
			.hasMessage("course.error.lecturerDoubleBooked");
	}

	@Test
	void theChangeFormShowsTheSessionAsItIsToTheCentreOnly() throws Exception {
		CourseView course = this.fixtures.approved(LocalDate.of(2046, 6, 4), 1);
		ClassSessionView lecture = this.fixtures.attendedSessions(course.id()).stream()
			.filter(s -> s.lecturerUserId() != null).findFirst().orElseThrow();
		this.mvc.perform(get("/courses/{id}/sessions/{s}/change", course.id(), lecture.id())
			.with(user(this.users.loadUserByUsername("anphu.giamdoc"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Lý do thay đổi")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("06/2046")));
		this.mvc.perform(get("/courses/{id}/sessions/{s}/change", course.id(), lecture.id())
			.with(user(this.users.loadUserByUsername("anphu.tochuc"))))
			.andExpect(status().isForbidden());
	}

	long version(CourseView course) {
		return this.fixtures.as("anphu.giamdoc", () -> this.courses.get(course.id())).version();
	}

}
