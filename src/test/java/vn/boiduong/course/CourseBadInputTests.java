package vn.boiduong.course;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.boiduong.curriculum.ElectiveTopicView;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.organization.Capacity;
import vn.boiduong.organization.CommitteeCapacities;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.PageView;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Input a careless or hostile user may send to the course pages: a message or an empty list, never a 500. */
@IntegrationTest
@Import(CourseFixtures.class)
class CourseBadInputTests {

	@Autowired
	CommitteeCapacities capacities;

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseFixtures fixtures;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	OrgUnitService units;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(this.userDetails.loadUserByUsername(username)));
	}

	MockHttpServletRequestBuilder planPost(CourseView course, Long centreId, List<Long> topicIds, String learners) {
		MockHttpServletRequestBuilder request = post("/courses/{id}/edit", course.id()).with(csrf())
			.param("organizingUnitId", String.valueOf(course.organizingUnitId()))
			.param("name", course.name())
			.param("politicalCentreUnitId", String.valueOf(centreId))
			.param("plannedOpening", course.plannedOpening().toString())
			.param("plannedClosing", course.plannedClosing().toString())
			.param("mode", "CONCENTRATED")
			.param("delivery", "IN_PERSON")
			.param("expectedLearners", learners)
			.param("version", String.valueOf(this.fixtures.stored(course.id()).version()));
		topicIds.forEach(t -> request.param("electiveTopicIds", String.valueOf(t)));
		return request;
	}

	@Test
	void aYearBeyondTheCalendarInTheListFilterFindsNoCourse() throws Exception {
		for (String year : List.of("1000000000", "99999", "-3")) {
			var result = this.mvc.perform(as("anphu.tuyengiao", get("/courses").param("year", year)))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(((PageView<?>) result.getModelAndView().getModel().get("page")).totalItems()).isZero();
		}
	}

	@Test
	void aPlanCannotDropAnElectiveTopicThatASessionStillTeaches() throws Exception {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp bỏ chuyên đề"), LocalDate.of(2037, 3, 2));
		ElectiveTopicView topic = this.fixtures.as("anphu.tuyengiao",
				() -> this.fixtures.service.electiveTopicsFor(course.organizingUnitId()).get(0));
		this.mvc.perform(as("anphu.tuyengiao", planPost(course, course.politicalCentreUnitId(), List.of(topic.id()), "40")))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.as("anphu.tuyengiao", () -> this.fixtures.service.get(course.id())).electiveTopics())
			.extracting(CourseView.TopicRef::id)
			.containsExactly(topic.id());
		this.fixtures.as("anphu.tuyengiao", () -> this.fixtures.service.addSession(course.id(),
				new SessionDetails(course.plannedOpening(), PartOfDay.MORNING, null, null, SessionKind.LECTURE, null,
						List.of(), topic.id(), null, Delivery.IN_PERSON, null, null, "Báo cáo viên khách mời")));
		long version = this.fixtures.stored(course.id()).version();

		this.mvc.perform(as("anphu.tuyengiao", planPost(course, course.politicalCentreUnitId(), List.of(), "40")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "electiveTopicIds", "course.error.topicStillTaught"));

		assertThat(this.fixtures.stored(course.id()).version()).isEqualTo(version);
		CourseView stored = this.fixtures.as("anphu.tuyengiao", () -> this.fixtures.service.get(course.id()));
		assertThat(stored.electiveTopics()).extracting(CourseView.TopicRef::id).containsExactly(topic.id());
	}

	@Test
	void aPlanCannotMoveToACentreWhereItsSessionsLecturerDoesNotTeach() throws Exception {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp đổi trung tâm"), LocalDate.of(2037, 4, 6));
		UserDirectory.Person lecturer = this.fixtures.as("anphu.tuyengiao",
				() -> this.fixtures.service.sessionOptions(course.id()).lecturers().get(0));
		this.fixtures.as("anphu.tuyengiao", () -> this.fixtures.service.addSession(course.id(),
				new SessionDetails(course.plannedOpening(), PartOfDay.MORNING, null, null, SessionKind.LECTURE,
						this.fixtures.lessons().get(0).id(), List.of(), null, null, Delivery.IN_PERSON, null,
						lecturer.id(), null)));
		OrgUnitView second = this.units.create(OrgUnitKind.POLITICAL_CENTRE, CourseFixtures.unique("Phân hiệu"), null,
				course.organizingUnitId(), LocalDate.of(2020, 1, 1));
		// a teaching institution of the committee (capacities are data, issue 8)
		this.capacities.assign(course.organizingUnitId(), Capacity.TEACHING_INSTITUTION, second.id(), LocalDate.of(2020, 1, 1));
		try {
			long version = this.fixtures.stored(course.id()).version();
			this.mvc.perform(as("anphu.tuyengiao", planPost(course, second.id(), List.of(), "40")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "politicalCentreUnitId",
						"course.error.lecturerNotOfNewCentre"));
			assertThat(this.fixtures.stored(course.id()).version()).isEqualTo(version);
		}
		finally {
			this.units.close(second.id(), this.units.get(second.id()).version(), LocalDate.of(2020, 1, 1));
		}
	}

	@Test
	void anAbsurdNumberOfExpectedLearnersIsRefusedOnTheField() throws Exception {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp đông bất thường"), LocalDate.of(2037, 5, 4));
		long version = this.fixtures.stored(course.id()).version();
		this.mvc.perform(as("anphu.tuyengiao", planPost(course, course.politicalCentreUnitId(), List.of(), "2000000000")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "expectedLearners", "Max"));
		assertThat(this.fixtures.stored(course.id()).version()).isEqualTo(version);
	}

	@Test
	void anEmptyChoiceAmongTheLearnerKindsIsIgnored() throws Exception {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp đối tượng trống"), LocalDate.of(2037, 8, 2));
		this.mvc.perform(as("anphu.tuyengiao", planPost(course, course.politicalCentreUnitId(), List.of(), "40")
			.param("targetedLearnerKinds", "", "BRANCH_SECRETARY")))
			.andExpect(status().is3xxRedirection());
		CourseView stored = this.fixtures.as("anphu.tuyengiao", () -> this.fixtures.service.get(course.id()));
		assertThat(stored.targetedLearnerKinds()).containsExactly(LearnerKind.BRANCH_SECRETARY);
	}

	@Test
	void anEmptyChoiceAmongASessionsRequirementsIsIgnored() throws Exception {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp yêu cầu trống"), LocalDate.of(2037, 9, 6));
		var lesson = this.fixtures.lessons().get(0);
		this.mvc.perform(as("anphu.tuyengiao", post("/courses/{id}/sessions", course.id()).with(csrf()))
			.param("date", course.plannedOpening().toString())
			.param("partOfDay", "MORNING")
			.param("kind", "LECTURE")
			.param("lessonId", String.valueOf(lesson.id()))
			.param("requirementIds", "", String.valueOf(lesson.requirements().get(0).id()))
			.param("delivery", "IN_PERSON")
			.param("guestSpeakerName", "Báo cáo viên"))
			.andExpect(status().is3xxRedirection());
		CoursePage stored = this.fixtures.as("anphu.tuyengiao", () -> this.fixtures.service.page(course.id()));
		assertThat(stored.sessions()).singleElement().satisfies(session -> {
			assertThat(session.lessonId()).isEqualTo(lesson.id());
			assertThat(session.requirementIds()).containsExactly(lesson.requirements().get(0).id());
		});
	}

	@Test
	void anIdThatIsNotANumberIsABadRequestPage() throws Exception {
		this.mvc.perform(as("anphu.tuyengiao", get("/courses/abc"))).andExpect(status().isBadRequest());
		this.mvc.perform(as("anphu.tuyengiao", get("/courses").param("status", "NO_SUCH_STATUS")))
			.andExpect(status().isBadRequest());
	}

}
