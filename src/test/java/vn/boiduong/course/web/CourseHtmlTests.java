package vn.boiduong.course.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.CoursePage;
import vn.boiduong.course.CourseStatus;
import vn.boiduong.course.CourseSummary;
import vn.boiduong.course.Delivery;
import vn.boiduong.course.PartOfDay;
import vn.boiduong.course.SessionKind;
import vn.boiduong.curriculum.LearningRequirementView;
import vn.boiduong.curriculum.LessonView;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitView;

import static org.assertj.core.api.Assertions.assertThat;

/** The course page's timetable and coverage and the course list's rows, written without a template. */
class CourseHtmlTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	final ReloadableResourceBundleMessageSource messages = messages();

	static ReloadableResourceBundleMessageSource messages() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames("classpath:messages/course");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	static ClassSessionView session(long id, LocalDate date, PartOfDay part, LocalTime from, LocalTime to, PartOfDay shownIn,
			Integer lesson, List<Integer> requirements, String topicText, String lecturer) {
		return new ClassSessionView(id, date, part, from, to, shownIn, SessionKind.LECTURE, lesson == null ? null : 10L + lesson,
				lesson, "Bài học", List.of(), requirements, null, null, topicText, Delivery.IN_PERSON, null, 7L, lecturer, null);
	}

	CoursePage page() {
		LocalDate monday = LocalDate.of(2027, 3, 1);
		ClassSessionView morning = session(1, monday, PartOfDay.MORNING, LocalTime.of(7, 30), LocalTime.of(11, 30),
				PartOfDay.MORNING, 1, List.of(1, 2), null, "Nguyễn <Văn> A");
		ClassSessionView hours = session(2, monday, null, LocalTime.of(14, 0), LocalTime.of(16, 0), PartOfDay.AFTERNOON, null,
				List.of(), "Thảo luận \"tổ\" & <script>alert(1)</script>", null);
		CoursePage.TimetableDay day = new CoursePage.TimetableDay(monday, List.of(morning), List.of(hours), List.of());
		CoursePage.TimetableWeek week = new CoursePage.TimetableWeek(1, monday, monday.plusDays(6), List.of(day));
		LessonView lesson = new LessonView(11L, 1, "Một số vấn đề <cơ bản>",
				List.of(new LearningRequirementView(21L, 1, "Nắm được"), new LearningRequirementView(22L, 2, "Vận dụng")));
		CoursePage.LessonCoverage coverage = new CoursePage.LessonCoverage(lesson, true,
				List.of(new CoursePage.RequirementCoverage(21L, 1, "Nắm được", true),
						new CoursePage.RequirementCoverage(22L, 2, "Vận dụng <tốt>", false)),
				List.of(morning));
		return new CoursePage(null, List.of(morning, hours), List.of(week), List.of(coverage), List.of(), List.of(), Set.of(),
				List.of(), List.of(), false);
	}

	@Test
	void theTimetableIsAWeekTableAndTheSameDaysAsAListEveryTextEscaped() {
		String html = new CoursePageHtml(this.messages).weeks(page(), VI);

		assertThat(html).contains("<h2 class=\"h6\">Tuần 1: 01/03 – 07/03/2027</h2>")
			.contains("<th>Ngày</th><th>buổi sáng</th><th>buổi chiều</th><th>buổi tối</th>")
			.contains("<th scope=\"row\" class=\"text-nowrap\">Thứ Hai 01/03</th>")
			.contains("<h3 class=\"h6 timetable-day-date\">Thứ Hai 01/03/2027</h3>")
			.contains("<dt class=\"timetable-part\">buổi sáng</dt>")
			.contains("<span>Bài 1</span>", "(yêu cầu 1, 2)")
			.contains("<span class=\"small text-body-secondary\">14:00–16:00</span>")
			.contains("Nguyễn &lt;Văn&gt; A")
			.contains("Thảo luận &quot;tổ&quot; &amp; &lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>", "<Văn>")
			.doesNotContain("<dt class=\"timetable-part\">buổi tối</dt>");
		// each session twice: in the week table and in the list of days
		assertThat(html.split("class=\"timetable-session\"", -1)).hasSize(5);
		assertThat(new CoursePageHtml(this.messages).days(page(), VI)).startsWith("<li class=\"timetable-day\">")
			.contains("Thứ Hai 01/03/2027").doesNotContain("<table");
		assertThat(new CoursePageHtml(this.messages).weeks(page(), Locale.ENGLISH)).contains("Week 1: 01/03 – 07/03/2027",
				"Monday 01/03", "Lesson 1");
	}

	@Test
	void theCoverageMarksEachRequirementAndEscapesTitles() {
		String html = new CoursePageHtml(this.messages).coverage(page(), VI);

		assertThat(html).contains("id=\"coverage-lesson-1\"")
			.contains("<span class=\"fw-semibold\">Bài 1. Một số vấn đề &lt;cơ bản&gt;</span>")
			.contains("<span class=\"badge text-bg-success\">Đã có buổi học</span>")
			.contains("<li class=\"text-body\"><span title=\"Đã bố trí\">✓</span> <span>1. Nắm được</span></li>")
			.contains("<li class=\"text-body-secondary\"><span title=\"Chưa bố trí\">○</span> <span>2. Vận dụng &lt;tốt&gt;</span></li>");
	}

	@Test
	void theListRowsLinkEachCourseByItsLabelAndTheDistrictOptionsMarkTheChosenOne() {
		CourseSummary course = new CourseSummary(5L, "Lớp bồi dưỡng \"chi bộ\" năm 2027 – đợt 2", 3L, "Huyện ủy <An Phú>",
				CourseStatus.APPROVED, 1, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), 90);
		CourseListHtml list = new CourseListHtml(this.messages);

		String several = list.rows(List.of(course), true, VI, "/courses/");
		assertThat(several)
			.contains("<a class=\"fw-semibold course-label\" href=\"/courses/5\" title=\"Lớp bồi dưỡng &quot;chi bộ&quot; năm 2027 – đợt 2\">")
			.contains("<div class=\"d-md-none small text-body-secondary\">Huyện ủy &lt;An Phú&gt;</div>")
			.contains("<span class=\"badge course-status course-status-APPROVED\">Đã phê duyệt</span>")
			.contains("01/03/2027 – 05/03/2027");
		assertThat(list.rows(List.of(course), false, VI, "/courses/")).doesNotContain("d-md-none small text-body-secondary");

		String options = list.districtOptions(List.of(unit(3L, "Huyện ủy An Phú"), unit(4L, "Huyện ủy <Bình>")), 4L);
		assertThat(options).isEqualTo("<option value=\"3\">Huyện ủy An Phú</option>\n"
				+ "<option value=\"4\" selected=\"selected\">Huyện ủy &lt;Bình&gt;</option>\n");
		assertThat(list.statusOptions(CourseStatus.APPROVED, VI)).startsWith("<option value=\"DRAFT\">Dự thảo</option>")
			.contains("<option value=\"APPROVED\" selected=\"selected\">Đã phê duyệt</option>");
		assertThat(list.yearOptions(List.of(2028, 2027), 2027))
			.isEqualTo("<option value=\"2028\">2028</option>\n<option value=\"2027\" selected=\"selected\">2027</option>\n");
	}

	static OrgUnitView unit(Long id, String name) {
		return new OrgUnitView(id, OrgUnitKind.DISTRICT_COMMITTEE, name, null, 1L, null, null, null, 0L);
	}

}
