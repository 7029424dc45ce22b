package vn.boiduong.attendance;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseView;
import vn.boiduong.learner.Roster;
import vn.boiduong.support.ClassFixtures;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9: the sign-in sheet of a session and the attendance summary of a course read correctly (every
 * learner, session and total, Vietnamese intact), each export is in the audit log, and another committee's
 * account gets none of it.
 */
@IntegrationTest
@Transactional
@Import(ClassFixtures.class)
class AttendancePapersTests {

	@Autowired
	ClassFixtures fixtures;

	@Autowired
	AttendanceSheets sheets;

	@Autowired
	Roster roster;

	@Autowired
	CourseService courses;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSignInSheetAndTheSummaryListEveryLearnerSessionAndTotal() throws Exception {
		List<Long> ids = this.fixtures.learners("Nguyễn Thị Ánh", "Đặng Văn Đức");
		CourseView course = this.fixtures.opened(LocalDate.of(2043, 3, 2), 2, ids);
		List<ClassSessionView> sessions = this.fixtures.attendedSessions(course.id());
		this.fixtures.as("anphu.giamdoc", () -> this.sheets.save(course.id(), sessions.get(0).id(), new SheetSave(
				UUID.randomUUID(), 0L, List.of(new MarkChange(ids.get(1), AttendanceStatus.UNEXCUSED_ABSENCE, null)), true,
				null)));

		byte[] pdf = download("/courses/{id}/sessions/{s}/sign-in.pdf", course.id(), sessions.get(0).id());
		byte[] xlsx = download("/courses/{id}/attendance.xlsx", course.id(), null);

		PdfReader reader = new PdfReader(pdf);
		String text = Normalizer.normalize(new PdfTextExtractor(reader).getTextFromPage(1), Normalizer.Form.NFC);
		assertThat(text).contains("TRUNG TÂM CHÍNH TRỊ", "DANH SÁCH HỌC VIÊN KÝ TÊN", "Nguyễn Thị Ánh", "Đặng Văn Đức", "Ký tên");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(1);
			assertThat(header.getLastCellNum()).isEqualTo((short) (3 + sessions.size() + 4));
			Row anh = sheet.getRow(2);
			Row duc = sheet.getRow(3);
			assertThat(anh.getCell(1).getStringCellValue()).isEqualTo("Nguyễn Thị Ánh");
			assertThat(anh.getCell(3).getStringCellValue()).isEqualTo("x");
			assertThat(duc.getCell(1).getStringCellValue()).isEqualTo("Đặng Văn Đức");
			assertThat(duc.getCell(3).getStringCellValue()).isEqualTo("K");
			assertThat(duc.getCell(3 + sessions.size()).getNumericCellValue()).isEqualTo(1);
			assertThat(duc.getCell(3 + sessions.size() + 1).getNumericCellValue()).isEqualTo(sessions.size());
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action in ('ATTENDANCE_SIGN_IN_EXPORTED', 'ATTENDANCE_SUMMARY_EXPORTED')"
						+ " and (entity_id = ? or entity_id = ?)",
				Integer.class, course.id().toString(), sessions.get(0).id().toString())).isEqualTo(2);
		this.mvc.perform(get("/courses/{id}/attendance.xlsx", course.id())
			.with(user(this.users.loadUserByUsername("binhson.tuyengiao")))).andExpect(status().isForbidden());
		this.mvc.perform(get("/courses/{id}/attendance", course.id())
			.with(user(this.users.loadUserByUsername("binhson.tuyengiao")))).andExpect(status().isForbidden());
	}

	byte[] download(String url, Long id, Long session) throws Exception {
		var request = session == null ? get(url, id) : get(url, id, session);
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername("anphu.giamdoc"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
