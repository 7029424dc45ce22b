package vn.boiduong.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseStatus;
import vn.boiduong.course.CourseView;
import vn.boiduong.learner.Roster;
import vn.boiduong.shared.NotFoundException;
import vn.boiduong.support.ClassFixtures;
import vn.boiduong.support.IntegrationTest;
import vn.boiduong.support.StatementRecorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9: attendance sheets. Everyone is present by default; each save names its client (a replay changes
 * nothing) and the version it was made on (merged by learner: a colleague's mark is never overwritten, a
 * conflict on the same learner is reported); one audit row per save; self-study has no sheet; a late joiner
 * is on the sheets from their first day only; the absence share counts both kinds of absence; the page
 * issues the same statements for 2 learners as for 40. Everything is rolled back.
 */
@IntegrationTest
@Transactional
@Import({ ClassFixtures.class, StatementRecorder.class })
class AttendanceSheetsTests {

	@Autowired
	ClassFixtures fixtures;

	@Autowired
	AttendanceSheets sheets;

	@Autowired
	Roster roster;

	@Autowired
	CourseService courses;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AttendanceTodos todos;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	/** An open course with the given learners confirmed on its roster. */
	CourseView openCourse(LocalDate opening, List<Long> learners) {
		return this.fixtures.opened(opening, 2, learners);
	}

	ClassSessionView lecture(CourseView course) {
		return this.fixtures.attendedSessions(course.id()).stream().filter(s -> s.lecturerUserId() != null).findFirst()
			.orElseThrow();
	}

	SheetSaved save(String who, CourseView course, ClassSessionView session, UUID client, long base, boolean confirm,
			MarkChange... marks) {
		return this.fixtures.as(who,
				() -> this.sheets.save(course.id(), session.id(), new SheetSave(client, base, List.of(marks), confirm, null)));
	}

	@Test
	void everyoneIsPresentByDefaultAndATapSavesOneMarkOnceEvenWhenReplayed() {
		List<Long> ids = this.fixtures.learners("Trần Văn Bình", "Nguyễn Thị Ánh");
		CourseView course = openCourse(LocalDate.of(2042, 3, 3), ids);
		ClassSessionView session = lecture(course);

		SheetPage before = this.fixtures.as("anphu.giangvien", () -> this.sheets.sheet(course.id(), session.id()));
		UUID client = UUID.randomUUID();
		SheetSaved first = save("anphu.giangvien", course, session, client, 0, false,
				new MarkChange(ids.get(0), AttendanceStatus.EXCUSED_ABSENCE, "Ốm"));
		SheetSaved replay = save("anphu.giangvien", course, session, client, 0, false,
				new MarkChange(ids.get(0), AttendanceStatus.EXCUSED_ABSENCE, "Ốm"));
		SheetPage after = this.fixtures.as("anphu.giangvien", () -> this.sheets.sheet(course.id(), session.id()));

		assertThat(before.rows()).extracting(SheetPage.Row::fullName).containsExactly("Nguyễn Thị Ánh", "Trần Văn Bình");
		assertThat(before.rows()).allMatch(r -> r.status() == AttendanceStatus.PRESENT);
		assertThat(before.taken()).isFalse();
		assertThat(first.version()).isEqualTo(1);
		assertThat(replay.replay()).isTrue();
		assertThat(replay.version()).isEqualTo(1);
		assertThat(after.present()).isEqualTo(1);
		assertThat(after.absent()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'AttendanceSheet' and entity_id = ?", Integer.class,
				session.id().toString())).isEqualTo(1);
	}

	@Test
	void aSaveMadeOnAnOlderVersionIsMergedByLearnerAndAConflictOnTheSameLearnerIsReported() {
		List<Long> ids = this.fixtures.learners("Lê Văn Cường", "Phạm Thị Dung", "Hồ Văn Em");
		CourseView course = openCourse(LocalDate.of(2042, 4, 7), ids);
		ClassSessionView session = lecture(course);

		save("anphu.giamdoc", course, session, UUID.randomUUID(), 0, false,
				new MarkChange(ids.get(0), AttendanceStatus.LATE_OR_EARLY, null));
		// the lecturer's phone was offline since version 0: one learner is the colleague's, one is free
		SheetSaved merged = save("anphu.giangvien", course, session, UUID.randomUUID(), 0, false,
				new MarkChange(ids.get(0), AttendanceStatus.UNEXCUSED_ABSENCE, null),
				new MarkChange(ids.get(1), AttendanceStatus.EXCUSED_ABSENCE, null));
		SheetPage page = this.fixtures.as("anphu.giamdoc", () -> this.sheets.sheet(course.id(), session.id()));

		assertThat(merged.conflicts()).extracting(MarkChange::learnerId, MarkChange::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ids.get(0), AttendanceStatus.LATE_OR_EARLY));
		assertThat(merged.changedSince()).extracting(MarkChange::learnerId).contains(ids.get(0), ids.get(1));
		assertThat(page.rows()).filteredOn(r -> r.learnerId().equals(ids.get(0))).singleElement()
			.extracting(SheetPage.Row::status).isEqualTo(AttendanceStatus.LATE_OR_EARLY);
		assertThat(page.rows()).filteredOn(r -> r.learnerId().equals(ids.get(1))).singleElement()
			.extracting(SheetPage.Row::status).isEqualTo(AttendanceStatus.EXCUSED_ABSENCE);
	}

	@Test
	void onlyTheSessionsLecturerAndTheCentreMarkAndSelfStudyHasNoSheet() {
		List<Long> ids = this.fixtures.learners("Đinh Thị Giang");
		CourseView course = openCourse(LocalDate.of(2042, 5, 5), ids);
		ClassSessionView visit = this.fixtures.attendedSessions(course.id()).stream()
			.filter(s -> s.lecturerUserId() == null).findFirst().orElseThrow();
		Long selfStudy = this.fixtures.as("anphu.giamdoc", () -> this.courses.classView(course.id())).sessions().stream()
			.filter(s -> s.kind() == vn.boiduong.course.SessionKind.SELF_STUDY).findFirst().orElseThrow().id();

		assertThatThrownBy(() -> save("anphu.giangvien", course, visit, UUID.randomUUID(), 0, false,
				new MarkChange(ids.get(0), AttendanceStatus.EXCUSED_ABSENCE, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> save("anphu.tochuc", course, lecture(course), UUID.randomUUID(), 0, false))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.fixtures.as("anphu.giamdoc", () -> this.sheets.sheet(course.id(), selfStudy)))
			.isInstanceOf(NotFoundException.class);
		assertThat(save("anphu.giamdoc", course, visit, UUID.randomUUID(), 0, true).taken()).isTrue();
	}

	@Test
	void aLateJoinerIsOnTheSheetsFromTheFirstDayAndTheShareCountsBothKindsOfAbsence() {
		List<Long> ids = this.fixtures.learners("Vũ Thị Hạnh", "Bùi Văn Khoa");
		CourseView course = openCourse(LocalDate.of(2042, 6, 2), ids.subList(0, 1));
		List<ClassSessionView> sessions = this.fixtures.attendedSessions(course.id());
		this.fixtures.as("anphu.tochuc", () -> this.roster.propose(course.id(), ids.get(1), LocalDate.of(2042, 6, 3)));
		this.fixtures.as("anphu.giamdoc", () -> this.roster.confirm(course.id()));
		ClassSessionView firstDay = sessions.stream().filter(s -> s.date().equals(LocalDate.of(2042, 6, 2))).findFirst()
			.orElseThrow();
		save("anphu.giamdoc", course, firstDay, UUID.randomUUID(), 0, true,
				new MarkChange(ids.get(0), AttendanceStatus.UNEXCUSED_ABSENCE, null));
		ClassSessionView secondDay = sessions.stream().filter(s -> s.date().equals(LocalDate.of(2042, 6, 3))).findFirst()
			.orElseThrow();
		save("anphu.giamdoc", course, secondDay, UUID.randomUUID(), 0, true,
				new MarkChange(ids.get(1), AttendanceStatus.EXCUSED_ABSENCE, null));

		SheetPage first = this.fixtures.as("anphu.giamdoc", () -> this.sheets.sheet(course.id(), firstDay.id()));
		Map<Long, vn.boiduong.learner.AbsenceShare> shares = this.fixtures.as("anphu.giamdoc",
				() -> this.sheets.sharesOf(course.id()));

		assertThat(first.rows()).extracting(SheetPage.Row::learnerId).containsExactly(ids.get(0));
		assertThat(sessions).hasSize(3);
		assertThat(shares.get(ids.get(0))).isEqualTo(new vn.boiduong.learner.AbsenceShare(1, 3));
		assertThat(shares.get(ids.get(0)).ineligible()).isTrue();
		assertThat(shares.get(ids.get(1))).isEqualTo(new vn.boiduong.learner.AbsenceShare(1, 1));
		assertThat(this.sheets.sessionsTaken(course.id())).containsExactlyInAnyOrder(firstDay.id(), secondDay.id());
		assertThat(this.fixtures.as("anphu.giamdoc", () -> this.todos.todosForCurrentUser()))
			.filteredOn(t -> t.link().equals("/courses/" + course.id() + "/roster"))
			.singleElement()
			.satisfies(t -> assertThat(t.arguments()[1]).isEqualTo(2L));
		assertThat(this.fixtures.as("anphu.tochuc", () -> this.todos.todosForCurrentUser())).isEmpty();
	}

	@Test
	void aClosedClassIsCorrectedOnlyWithAReason() {
		List<Long> ids = this.fixtures.learners("Cao Thị Lan");
		CourseView course = openCourse(LocalDate.of(2042, 7, 7), ids);
		this.fixtures.as("anphu.giamdoc", () -> this.courses.closeClass(course.id()));
		ClassSessionView session = lecture(course);

		assertThat(this.fixtures.as("anphu.giamdoc", () -> this.courses.classView(course.id())).status())
			.isEqualTo(CourseStatus.CLOSED);
		assertThatThrownBy(() -> save("anphu.giangvien", course, session, UUID.randomUUID(), 0, false,
				new MarkChange(ids.get(0), AttendanceStatus.EXCUSED_ABSENCE, null)))
			.hasMessage("attendance.error.reasonRequired");
		SheetSaved saved = this.fixtures.as("anphu.giangvien", () -> this.sheets.save(course.id(), session.id(),
				new SheetSave(UUID.randomUUID(), 0L, List.of(new MarkChange(ids.get(0), AttendanceStatus.EXCUSED_ABSENCE,
						null)), false, "Giấy phép nộp sau")));
		assertThat(saved.version()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select action from audit_event where entity_type = 'AttendanceSheet' and entity_id = ?", String.class,
				session.id().toString())).isEqualTo("ATTENDANCE_CORRECTED");
	}

	@Test
	void thePhonePageSavesByJsonAndIssuesTheSameStatementsForTwoLearnersAsForForty() throws Exception {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			names.add("Học Viên Số " + i);
		}
		CourseView small = openCourse(LocalDate.of(2042, 8, 4), this.fixtures.learners("An Văn Một", "An Văn Hai"));
		CourseView large = openCourse(LocalDate.of(2042, 9, 8), this.fixtures.learners(names.toArray(String[]::new)));
		page(small);

		List<String> forSmall = page(small);
		List<String> forLarge = page(large);

		assertThat(forLarge).isEqualTo(forSmall);
		assertThat(forSmall).isNotEmpty().hasSizeLessThanOrEqualTo(12);
		ClassSessionView session = lecture(small);
		Long learner = this.fixtures.as("anphu.giamdoc", () -> this.sheets.sheet(small.id(), session.id())).rows().get(0)
			.learnerId();
		this.mvc.perform(post("/courses/{id}/sessions/{s}/attendance", small.id(), session.id()).with(csrf())
			.with(user(this.users.loadUserByUsername("anphu.giangvien")))
			.contentType("application/json")
			.content("{\"clientId\":\"" + UUID.randomUUID() + "\",\"baseVersion\":0,\"confirm\":true,\"marks\":[{\"learnerId\":"
					+ learner + ",\"status\":\"LATE_OR_EARLY\",\"remark\":\"Đến muộn 10 phút\"}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.taken").value(true));
		this.mvc.perform(post("/courses/{id}/sessions/{s}/attendance", small.id(), session.id()).with(csrf())
			.with(user(this.users.loadUserByUsername("anphu.giangvien")))
			.contentType("application/json")
			.content("{\"clientId\":\"" + UUID.randomUUID() + "\",\"baseVersion\":1,\"marks\":[{\"learnerId\":-1,\"status\":\"PRESENT\"}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value("Học viên không có trong danh sách điểm danh của buổi học này."));
	}

	List<String> page(CourseView course) throws Exception {
		ClassSessionView session = lecture(course);
		var principal = user(this.users.loadUserByUsername("anphu.giangvien"));
		return StatementRecorder.during(() -> this.mvc
			.perform(get("/courses/{id}/sessions/{s}/attendance", course.id(), session.id()).with(principal))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"marks\""))));
	}

}
