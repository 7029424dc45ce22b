package vn.boiduong.course.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.course.CourseMode;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseView;
import vn.boiduong.course.Delivery;
import vn.boiduong.course.LearnerKind;
import vn.boiduong.course.PartOfDay;
import vn.boiduong.course.PlanDetails;
import vn.boiduong.course.SessionDetails;
import vn.boiduong.course.SessionKind;
import vn.boiduong.curriculum.CurriculumService;
import vn.boiduong.curriculum.LessonView;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CoursePrintTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseService courses;

	@Autowired
	CurriculumService curriculum;

	@Autowired
	OrgUnitService units;

	@Autowired
	UserDetailsService accounts;

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void planPrintsAsAPartyPaperWithTheCourseNameAndLessonsIntact() throws Exception {
		CourseView course = courseWithThreeSessions();

		byte[] pdf = this.mvc.perform(get("/courses/{id}/plan.pdf", course.id()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "course-plan.pdf"), pdf);
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
		}
		String all = text.toString().replaceAll("\\s+", " ");
		assertThat(all).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY AN PHÚ", "BAN TUYÊN GIÁO", "-KH/BTGHU", "KẾ HOẠCH",
				course.name(), "Bài 1: " + lesson(1).title(), "Bài 6: " + lesson(6).title(), "Nơi nhận:", "Ông Phan Văn Khải",
				"Giảng bài", "Chiều", "Tự học, tự nghiên cứu");
	}

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void timetableWorkbookHasOneRowPerSession() throws Exception {
		CourseView course = courseWithThreeSessions();

		byte[] xlsx = this.mvc.perform(get("/courses/{id}/timetable.xlsx", course.id()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("Thời khóa biểu");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(course.name());
			int firstSessionRow = 2;
			assertThat(sheet.getLastRowNum() - firstSessionRow + 1).isEqualTo(3);
			assertThat(sheet.getRow(firstSessionRow + 1).getCell(8).getStringCellValue())
				.isEqualTo("Bài 1: " + lesson(1).title());
			assertThat(sheet.getRow(firstSessionRow + 2).getCell(1).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2031, 3, 4));
		}
	}

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void anotherDistrictMayNotPrintThePlan() throws Exception {
		CourseView course = courseWithThreeSessions();
		var otherDistrict = user(this.accounts.loadUserByUsername("binhson.tuyengiao"));

		this.mvc.perform(get("/courses/{id}/plan.pdf", course.id()).with(otherDistrict)).andExpect(status().isForbidden());
		this.mvc.perform(get("/courses/{id}/timetable.xlsx", course.id()).with(otherDistrict))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("anphu.tochuc")
	void coursePageOffersThePrintedPlanAndTheTimetableWorkbookToEveryoneWhoSeesIt() throws Exception {
		Long id = this.courses.search(vn.boiduong.course.CourseFilter.none(), 0, 1).items().get(0).id();

		this.mvc.perform(get("/courses/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/courses/" + id + "/plan.pdf")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/courses/" + id + "/timetable.xlsx")));
	}

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void unknownCourseIsNotFound() throws Exception {
		this.mvc.perform(get("/courses/{id}/plan.pdf", Long.MAX_VALUE)).andExpect(status().isNotFound());
		this.mvc.perform(get("/courses/{id}/timetable.xlsx", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	private CourseView courseWithThreeSessions() {
		OrgUnitView anPhu = this.units.tree()
			.stream()
			.filter(u -> u.kind() == OrgUnitKind.DISTRICT_COMMITTEE && u.name().equals("Huyện ủy An Phú"))
			.findFirst()
			.orElseThrow();
		Long centre = this.units.openUnitsOfKindWithin(anPhu.id(), OrgUnitKind.POLITICAL_CENTRE).get(0).id();
		String name = "Lớp bồi dưỡng nghiệp vụ công tác đảng in thử " + UUID.randomUUID().toString().substring(0, 8);
		CourseView course = this.courses.create(anPhu.id(),
				new PlanDetails(name, centre, LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 7), "Hội trường Trung tâm Chính trị",
						CourseMode.CONCENTRATED, Delivery.IN_PERSON, 60,
						Set.of(LearnerKind.BRANCH_SECRETARY, LearnerKind.GRASSROOTS_COMMITTEE_MEMBER), List.of(),
						"Trang bị kiến thức, kỹ năng nghiệp vụ công tác đảng.\n- Học viên tham gia đầy đủ thời gian.",
						"Từ nguồn kinh phí của Ban Tuyên giáo.", ""));
		// In a shuffled order: the printed timetable sorts them by time.
		this.courses.addSession(course.id(), new SessionDetails(LocalDate.of(2031, 3, 4), PartOfDay.MORNING, null, null,
				SessionKind.SELF_STUDY, lesson(6).id(), List.of(), null, null, Delivery.IN_PERSON, null, null, null));
		this.courses.addSession(course.id(), new SessionDetails(LocalDate.of(2031, 3, 3), null, LocalTime.of(7, 30),
				LocalTime.of(8, 30), SessionKind.OPENING, null, List.of(), null, "Khai giảng lớp học", Delivery.IN_PERSON,
				null, null, "Ông Phan Văn Khải"));
		this.courses.addSession(course.id(), new SessionDetails(LocalDate.of(2031, 3, 3), PartOfDay.AFTERNOON, null, null,
				SessionKind.LECTURE, lesson(1).id(), List.of(), null, null, Delivery.IN_PERSON, null, null,
				"Đồng chí Trương Thị Ngọc Ánh"));
		return course;
	}

	private LessonView lesson(int number) {
		return this.curriculum.lessons(this.curriculum.currentProgram().id())
			.stream()
			.filter(l -> l.number() == number)
			.findFirst()
			.orElseThrow();
	}

}
