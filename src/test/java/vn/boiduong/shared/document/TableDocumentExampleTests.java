package vn.boiduong.shared.document;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import vn.boiduong.shared.document.Block.Column;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a later paper made of one long table is built on the same layer: the attendance sheet that
 * learners sign, in landscape, with the header row repeated on every page and room to sign.
 */
class TableDocumentExampleTests {

	static PartyDocument attendanceSheet(int learners) {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= learners; i++) {
			rows.add(List.of(String.valueOf(i), "Nguyễn Thị Học Viên " + i, "Chi bộ ấp Phú Hữu " + (i % 7 + 1),
					"Bí thư chi bộ", "", ""));
		}
		return PartyDocument.builder()
			.issuer("Huyện ủy An Phú", "Trung tâm Chính trị")
			.number("Số 7-DS/TTCT")
			.placeAndDate("An Phú", LocalDate.of(2026, 12, 1))
			.title("Danh sách", "Học viên ký tên tham dự lớp bồi dưỡng nghiệp vụ công tác đảng, buổi sáng ngày 01/12/2026")
			.landscape()
			.add(new Block.Table(List.of(Column.centered("STT", 1), Column.of("Họ và tên", 5), Column.of("Đơn vị", 5),
					Column.of("Chức vụ", 3.5f), Column.centered("Ký tên", 3.5f), Column.of("Ghi chú", 3)), rows, 12, 26))
			.signature("", "Giám đốc", "Phạm Thị Hồng")
			.recipients("Lưu hồ sơ lớp.")
			.build();
	}

	@Test
	void longAttendanceSheetRepeatsItsHeaderRowOnEveryPage() throws IOException {
		byte[] pdf = PartyDocumentPdf.render(attendanceSheet(40));
		PartyDocumentPdfTests.keep("attendance.pdf", pdf);

		PdfReader reader = new PdfReader(pdf);
		assertThat(reader.getNumberOfPages()).isGreaterThan(1);
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			assertThat(extractor.getTextFromPage(page)).as("page %d", page).contains("Họ và tên", "Ký tên");
		}
		String all = PartyDocumentPdfTests.textOf(pdf);
		assertThat(all).contains("Nguyễn Thị Học Viên 1", "Nguyễn Thị Học Viên 40", "GIÁM ĐỐC", "Phạm Thị Hồng");
		reader.close();
	}

}
