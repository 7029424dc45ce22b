package vn.boiduong.course.web;

import java.io.ByteArrayInputStream;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7 item 9: the printed plan carries a name under "TRƯỞNG BAN", and the timetable workbook
 * prints as a paper: landscape, as wide as the page, the header row on every page.
 */
@IntegrationTest
class CoursePapersSetupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** The demo course "năm 2026 – đợt 2", sent for opinions by anphu.tuyengiao (Lê Văn Tâm). */
	Long demoCourse() {
		return this.jdbc.queryForObject("select id from course where name like '%năm 2026 – đợt 2'", Long.class);
	}

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void thePlanPrintsTheSignersNameUnderTheHeadOfTheBoard() throws Exception {
		byte[] pdf = this.mvc.perform(get("/courses/{id}/plan.pdf", demoCourse()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		PdfReader reader = new PdfReader(pdf);
		String last = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages()).replaceAll("\\s+", " ");
		assertThat(last).containsPattern("TRƯỞNG BAN .*Lê Văn Tâm");
	}

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void theTimetableWorkbookPrintsLandscapeFittedToWidthWithItsHeaderOnEveryPage() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/courses/{id}/timetable.xlsx", demoCourse()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("Thời khóa biểu");
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).as("as many pages down as needed").isZero();
			assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("2:2"));
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("STT");
		}
	}

}
