package vn.boiduong.shared.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SpreadsheetExportTests {

	static final String LESSON_6 = PartyDocumentPdfTests.LESSON_6;

	@Test
	void timetableReadsBackWithTitleFrozenBoldHeaderAndTypedCells() throws IOException {
		byte[] xlsx = SpreadsheetExport.of(SpreadsheetExport.sheet("Lịch học")
			.title("Lịch học lớp bồi dưỡng nghiệp vụ công tác đảng")
			.columns("STT", "Ngày", "Buổi", "Nội dung", "Số tiết", "Bắt đầu")
			.row(1, LocalDate.of(2026, 12, 1), "Sáng", "Bài 1: Những vấn đề chung", 4, LocalTime.of(7, 30))
			.row(2, LocalDate.of(2026, 12, 5), "Chiều", Normalizer.normalize(LESSON_6, Normalizer.Form.NFD), 3.5, null)
			.build()).toBytes();
		PartyDocumentPdfTests.keep("timetable.xlsx", xlsx);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("Lịch học");
			assertThat(sheet).isNotNull();
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Lịch học lớp bồi dưỡng nghiệp vụ công tác đảng");
			assertThat(sheet.getMergedRegions()).anySatisfy(r -> assertThat(r.formatAsString()).isEqualTo("A1:F1"));

			Row header = sheet.getRow(1);
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Nội dung");
			assertThat(workbook.getFontAt(header.getCell(3).getCellStyle().getFontIndex()).getBold()).isTrue();
			PaneInformation pane = sheet.getPaneInformation();
			assertThat(pane.isFreezePane()).isTrue();
			assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);

			Row first = sheet.getRow(2);
			assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1d);
			assertThat(DateUtil.isCellDateFormatted(first.getCell(1))).isTrue();
			assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 1));
			assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(7.5 / 24);

			Row second = sheet.getRow(3);
			assertThat(second.getCell(3).getStringCellValue()).isEqualTo(LESSON_6);
			assertThat(second.getCell(4).getNumericCellValue()).isEqualTo(3.5);
			assertThat(second.getCell(5)).isNull();
			assertThat(sheet.getLastRowNum()).isEqualTo(3);

			assertThat(sheet.getColumnWidth(3)).as("the content column is wider than the number column")
				.isGreaterThan(sheet.getColumnWidth(0) * 3);
		}
	}

	@Test
	void severalSheetsKeepTheirVietnameseNamesAndStayDistinct() throws IOException {
		byte[] xlsx = SpreadsheetExport.of(
				SpreadsheetExport.sheet("Danh sách học viên").columns("Họ và tên").row("Nguyễn Thị Ánh").build(),
				SpreadsheetExport.sheet("Điểm danh: ngày 01/12").columns("Họ và tên", "Có mặt").row("Đặng Văn Đức", true).build(),
				SpreadsheetExport.sheet("Danh sách học viên").columns("Ghi chú").build())
			.toBytes();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(workbook.getSheetName(0)).isEqualTo("Danh sách học viên");
			assertThat(workbook.getSheetName(1)).isEqualTo("Điểm danh  ngày 01 12");
			assertThat(workbook.getSheetName(2)).isEqualTo("Danh sách học viên (2)");
			Sheet attendance = workbook.getSheetAt(1);
			assertThat(attendance.getRow(0).getCell(0).getStringCellValue()).as("no title: the header comes first")
				.isEqualTo("Họ và tên");
			assertThat(attendance.getRow(1).getCell(1).getBooleanCellValue()).isTrue();
		}
	}

	@Test
	void aValueOfAnUnknownTypeIsRefusedRatherThanPrintedAsItsJavaName() {
		SpreadsheetExport export = SpreadsheetExport
			.of(SpreadsheetExport.sheet("Lỗi").columns("Trạng thái").row(Thread.State.NEW).build());

		assertThatIllegalArgumentException().isThrownBy(export::toBytes).withMessageContaining("convert it to text");
	}

	@Test
	void dateTimesKeepTheirTime() throws IOException {
		LocalDateTime when = LocalDateTime.of(2026, 12, 1, 13, 30);
		byte[] xlsx = SpreadsheetExport.of(SpreadsheetExport.sheet("Nhật ký").columns("Lúc").row(when).build()).toBytes();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getLocalDateTimeCellValue()).isEqualTo(when);
		}
	}

}
