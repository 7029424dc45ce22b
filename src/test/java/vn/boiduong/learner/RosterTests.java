package vn.boiduong.learner;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.course.CourseStatusException;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseStatus;
import vn.boiduong.course.CourseView;
import vn.boiduong.shared.RuleViolationException;
import vn.boiduong.support.ClassFixtures;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9: the organization board proposes learners of an approved course, the centre confirms or removes
 * them with a reason, the class opens only with a confirmed roster and closes only when the attendance of
 * every session that took place is taken. Who may is the policy table's answer. Everything is rolled back.
 */
@IntegrationTest
@Transactional
@Import(ClassFixtures.class)
class RosterTests {

	@Autowired
	ClassFixtures fixtures;

	@Autowired
	Roster roster;

	@Autowired
	CourseService courses;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theRosterIsProposedByTheOrganizationBoardConfirmedByTheCentreAndListedInVietnameseOrder() {
		CourseView course = this.fixtures.approved(LocalDate.of(2041, 3, 4), 2);
		List<Long> ids = this.fixtures.learners("Trần Văn Bình", "Nguyễn Thị Ánh", "Lê Đức An");
		this.fixtures.as("anphu.tochuc", () -> ids.forEach(id -> this.roster.propose(course.id(), id, null)));

		assertThat(this.roster.confirmedLearners(course.id())).isZero();
		assertThatThrownBy(() -> this.fixtures.as("anphu.tochuc", () -> this.roster.confirm(course.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.fixtures.as("anphu.giamdoc", () -> this.roster.propose(course.id(), ids.get(0), null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.fixtures.as("anphu.tochuc", () -> this.roster.propose(course.id(), ids.get(0), null)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("roster.error.alreadyEnrolled");

		int confirmed = this.fixtures.as("anphu.giamdoc", () -> this.roster.confirm(course.id()));
		Roster.RosterPage page = this.fixtures.as("anphu.giamdoc", () -> this.roster.page(course.id()));

		assertThat(confirmed).isEqualTo(3);
		assertThat(page.entries()).extracting(RosterEntry::fullName)
			.containsExactly("Lê Đức An", "Nguyễn Thị Ánh", "Trần Văn Bình");
		assertThat(page.entries()).allMatch(RosterEntry::confirmed);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'Enrollment' and entity_id = ?", Integer.class,
				course.id().toString())).isEqualTo(4);
	}

	@Test
	void aRemovalNeedsAReasonAndIsKept() {
		CourseView course = this.fixtures.approved(LocalDate.of(2041, 4, 8), 1);
		Long id = this.fixtures.learners("Phạm Văn Cường").get(0);
		this.fixtures.as("anphu.tochuc", () -> this.roster.propose(course.id(), id, null));

		assertThatThrownBy(() -> this.fixtures.as("anphu.giamdoc", () -> this.roster.remove(course.id(), id, " ")))
			.hasMessage("roster.error.reasonRequired");
		this.fixtures.as("anphu.giamdoc", () -> this.roster.remove(course.id(), id, "Chuyển công tác"));

		assertThat(this.fixtures.as("anphu.giamdoc", () -> this.roster.page(course.id())).entries()).isEmpty();
		assertThat(this.jdbc.queryForObject("select removal_reason from enrollment where course_id = ? and learner_id = ?",
				String.class, course.id(), id)).isEqualTo("Chuyển công tác");
	}

	@Test
	void theClassOpensOnlyWithAConfirmedRosterAndThenTakesLateJoinersFromAGivenDay() {
		CourseView course = this.fixtures.approved(LocalDate.of(2041, 5, 6), 2);
		List<Long> ids = this.fixtures.learners("Đỗ Thị Hoa", "Vũ Văn Hùng");
		this.fixtures.as("anphu.tochuc", () -> this.roster.propose(course.id(), ids.get(0), null));

		assertThatThrownBy(() -> this.fixtures.as("anphu.giamdoc", () -> this.courses.openClass(course.id())))
			.hasMessage("course.error.openWithoutRoster");
		assertThatThrownBy(() -> this.fixtures.as("anphu.tochuc", () -> this.courses.openClass(course.id())))
			.isInstanceOf(AccessDeniedException.class);
		this.fixtures.as("anphu.giamdoc", () -> this.roster.confirm(course.id()));
		this.fixtures.as("anphu.giamdoc", () -> this.courses.openClass(course.id()));

		assertThat(this.fixtures.as("anphu.giamdoc", () -> this.courses.classView(course.id())).status())
			.isEqualTo(CourseStatus.IN_PROGRESS);
		assertThatThrownBy(() -> this.fixtures.as("anphu.tochuc",
				() -> this.roster.propose(course.id(), ids.get(1), LocalDate.of(2041, 6, 1))))
			.hasMessage("roster.error.attendsFromOutside");
		this.fixtures.as("anphu.tochuc", () -> this.roster.propose(course.id(), ids.get(1), LocalDate.of(2041, 5, 8)));
		assertThat(this.fixtures.as("anphu.giamdoc", () -> this.roster.page(course.id())).entries())
			.filteredOn(e -> e.learnerId().equals(ids.get(1)))
			.singleElement()
			.satisfies(e -> assertThat(e.attendsFrom()).isEqualTo(LocalDate.of(2041, 5, 8)));
		assertThatThrownBy(() -> this.fixtures.as("anphu.giamdoc", () -> this.courses.openClass(course.id())))
			.isInstanceOf(CourseStatusException.class);
	}

	@Test
	void theClassClosesOnlyWhenEverySessionThatTookPlaceHasItsAttendanceTaken() {
		LocalDate yesterday = this.courses.today().minusDays(1);
		CourseView course = this.fixtures.approved(yesterday, 0);
		Long id = this.fixtures.learners("Hoàng Thị Lan").get(0);
		this.fixtures.as("anphu.tochuc", () -> this.roster.propose(course.id(), id, null));
		this.fixtures.as("anphu.giamdoc", () -> this.roster.confirm(course.id()));
		this.fixtures.as("anphu.giamdoc", () -> this.courses.openClass(course.id()));

		assertThatThrownBy(() -> this.fixtures.as("anphu.giamdoc", () -> this.courses.closeClass(course.id())))
			.hasMessage("course.error.attendanceNotTaken");
		assertThat(this.fixtures.as("anphu.giamdoc", () -> this.courses.classView(course.id())).status())
			.isEqualTo(CourseStatus.IN_PROGRESS);
	}

	@Test
	void theRosterPageShowsTheButtonsOnlyToThoseWhoMayAndNothingToAnotherCommittee() throws Exception {
		CourseView course = this.fixtures.approved(LocalDate.of(2041, 7, 8), 1);
		Long id = this.fixtures.learners("Ngô Văn Dũng").get(0);
		this.fixtures.as("anphu.tochuc", () -> this.roster.propose(course.id(), id, null));

		this.mvc.perform(get("/courses/{id}/roster", course.id()).param("q", "ngo van dung")
			.with(user(this.users.loadUserByUsername("anphu.tochuc"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"found\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("confirm-roster"))));
		this.mvc.perform(get("/courses/{id}/roster", course.id()).with(user(this.users.loadUserByUsername("anphu.giamdoc"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("confirm-roster")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ngô Văn Dũng")));
		this.mvc.perform(get("/courses/{id}/roster", course.id())
			.with(user(this.users.loadUserByUsername("binhson.tuyengiao"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/courses/{id}/roster/confirm", course.id()).with(csrf())
			.with(user(this.users.loadUserByUsername("anphu.tochuc"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/courses/{id}/roster/remove", course.id()).param("learnerId", id.toString())
			.param("reason", "")
			.with(csrf())
			.with(user(this.users.loadUserByUsername("anphu.giamdoc"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Hãy ghi lý do rút học viên khỏi lớp.")));
	}

}
