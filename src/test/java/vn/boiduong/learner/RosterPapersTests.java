package vn.boiduong.learner;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.course.CourseView;
import vn.boiduong.support.ClassFixtures;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9: the roster paper, the list of a course's learners, in the teaching institution's format (a district's
 * political centre prints the Party format) and as a workbook, in Vietnamese name order with Vietnamese intact;
 * each export is in the audit log; another committee gets neither.
 */
@IntegrationTest
@Transactional
@Import(ClassFixtures.class)
class RosterPapersTests {

	@Autowired
	ClassFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theListOfLearnersPrintsAsTheCentresPaperAndAsAWorkbookInVietnameseNameOrder() throws Exception {
		List<Long> ids = this.fixtures.learners("Đặng Văn Đức", "Nguyễn Thị Ánh");
		CourseView course = this.fixtures.opened(LocalDate.of(2043, 6, 1), 1, ids);

		byte[] pdf = download("/courses/{id}/roster/learners.pdf", course.id(), "anphu.giamdoc");
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append(' ');
		}
		String paper = text.toString().replaceAll("\\s+", " ");
		assertThat(Normalizer.isNormalized(paper, Normalizer.Form.NFC)).isTrue();
		assertThat(paper).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "TRUNG TÂM CHÍNH TRỊ", "DANH SÁCH HỌC VIÊN", "Họ và tên",
				"Tổ chức đảng", "Nguyễn Thị Ánh", "Đặng Văn Đức", course.name());
		assertThat(paper.indexOf("Nguyễn Thị Ánh")).as("by the given name: Ánh before Đức")
			.isLessThan(paper.indexOf("Đặng Văn Đức"));

		byte[] xlsx = download("/courses/{id}/roster/learners.xlsx", course.id(), "anphu.tochuc");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			StringBuilder cells = new StringBuilder();
			sheet.forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
			assertThat(cells.toString()).contains("Họ và tên", "Nguyễn Thị Ánh|", "Đặng Văn Đức|");
			assertThat(cells.indexOf("Nguyễn Thị Ánh")).isLessThan(cells.indexOf("Đặng Văn Đức"));
		}

		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'ROSTER_EXPORTED' and entity_id = ?", Integer.class,
				course.id().toString())).isEqualTo(2);
		this.mvc.perform(get("/courses/{id}/roster/learners.pdf", course.id())
			.with(user(this.users.loadUserByUsername("binhson.tuyengiao")))).andExpect(status().isForbidden());
		this.mvc.perform(get("/courses/{id}/roster/learners.xlsx", course.id())
			.with(user(this.users.loadUserByUsername("xabinhson.kehoach")))).andExpect(status().isForbidden());
	}

	private byte[] download(String url, Long id, String username) throws Exception {
		return this.mvc.perform(get(url, id).with(user(this.users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
