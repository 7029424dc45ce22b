package vn.boiduong.course;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.curriculum.LessonView;
import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** DESIGN §8: a page issues a fixed number of SQL statements whatever the size of the course. */
@IntegrationTest
@Import(CourseFixtures.class)
class CoursePageQueryCountTests {

	/** The course page's statements for a given user, whatever the number of sessions. */
	static final long BOUND = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseFixtures fixtures;

	@Autowired
	UserDirectory directory;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics() {
		return this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@AfterEach
	void stopCounting() {
		statistics().setStatisticsEnabled(false);
	}

	/** A course with lectures every morning, afternoon and evening, each naming a lesson and a lecturer. */
	CourseView courseWith(int sessions, LocalDate opening) {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp " + sessions + " buổi"), opening,
				opening.plusDays(sessions / 3 + 1));
		Long lecturer = this.directory.holdersOf(Role.LECTURER, this.fixtures.centre("AP").id()).get(0).id();
		List<LessonView> lessons = this.fixtures.lessons();
		PartOfDay[] parts = PartOfDay.values();
		this.fixtures.as("anphu.tuyengiao", () -> {
			for (int i = 0; i < sessions; i++) {
				LessonView lesson = lessons.get(i % lessons.size());
				this.fixtures.service.addSession(course.id(),
						new SessionDetails(opening.plusDays(i / parts.length), parts[i % parts.length], null, null,
								i % 4 == 3 ? SessionKind.SELF_STUDY : SessionKind.LECTURE, lesson.id(),
								List.of(lesson.requirements().get(0).id()), null, null, Delivery.IN_PERSON, "Hội trường",
								i % 4 == 3 ? null : lecturer, null));
			}
		});
		return course;
	}

	long statementsToShow(CourseView course) throws Exception {
		Statistics statistics = statistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		this.mvc.perform(get("/courses/{id}", course.id())).andExpect(status().isOk());
		long count = statistics.getPrepareStatementCount();
		statistics.setStatisticsEnabled(false);
		return count;
	}

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void theCoursePageIssuesTheSameNumberOfStatementsForTwoSessionsAsForThirty() throws Exception {
		CourseView small = courseWith(2, LocalDate.of(2034, 6, 5));
		CourseView large = courseWith(30, LocalDate.of(2034, 7, 3));
		this.mvc.perform(get("/courses/{id}", small.id())).andExpect(status().isOk());

		long forSmall = statementsToShow(small);
		long forLarge = statementsToShow(large);

		assertThat(forLarge).isEqualTo(forSmall);
		assertThat(forSmall).isPositive().isLessThanOrEqualTo(BOUND);
	}

	@Test
	@WithUserDetails("anphu.tochuc")
	void theCourseListIssuesAFixedNumberOfStatements() throws Exception {
		Statistics statistics = statistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		this.mvc.perform(get("/courses")).andExpect(status().isOk());
		long count = statistics.getPrepareStatementCount();
		assertThat(count).isPositive().isLessThanOrEqualTo(BOUND);
	}

}
