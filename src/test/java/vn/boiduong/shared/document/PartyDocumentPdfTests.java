package vn.boiduong.shared.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import vn.boiduong.shared.document.Block.Column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

public class PartyDocumentPdfTests {

	static final String LESSON_6 = "Bài 6: Phòng, chống “tự diễn biến”, “tự chuyển hóa”…";

	static PartyDocument plan() {
		return PartyDocument.builder()
			.issuer("Huyện ủy An Phú", "Ban Tuyên giáo")
			.number("Số 12-KH/BTGHU")
			.placeAndDate("An Phú", LocalDate.of(2026, 11, 26))
			.title("Kế hoạch", "Mở lớp bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ và cấp ủy viên cơ sở năm 2026")
			.add(Block.heading(1, "I. Mục đích, yêu cầu"))
			.add(Block.paragraph("Trang bị cho bí thư chi bộ và cấp ủy viên cơ sở những kiến thức cơ bản về nghiệp vụ "
					+ "công tác đảng, kỹ năng lãnh đạo và tổ chức sinh hoạt chi bộ theo Hướng dẫn 59-HD/BTGTW."))
			.add(Block.heading(2, "1. Thành phần"))
			.add(Block.bullets("Thường trực Huyện ủy", "Bí thư chi bộ trực thuộc đảng ủy cơ sở"))
			.add(Block.labelled("Thời gian: ", "05 ngày, từ ngày 01/12/2026 đến ngày 05/12/2026."))
			.add(new Block.Table(
					List.of(Column.centered("TT", 1), Column.centered("Ngày", 2.2f), Column.of("Nội dung", 7),
							Column.of("Giảng viên", 3.5f)),
					List.of(List.of("1", "01/12/2026\nSáng", "Bài 1: Những vấn đề chung về công tác đảng", "Nguyễn Thị Ánh"),
							List.of("2", "05/12/2026\nChiều", LESSON_6, "Trần Văn Đức"))))
			.signature("T/M Ban Thường vụ", "Phó Bí thư", "Lê Văn Bình")
			.recipients("Ban Tuyên giáo Tỉnh ủy (b/c),", "Thường trực Huyện ủy (b/c),", "Lưu Văn phòng.")
			.build();
	}

	@Test
	void vietnameseTextReadsBackExactly() throws IOException {
		byte[] pdf = PartyDocumentPdf.render(plan());
		keep("plan.pdf", pdf);

		String text = textOf(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY AN PHÚ", "BAN TUYÊN GIÁO", "Số 12-KH/BTGHU",
				"An Phú, ngày 26 tháng 11 năm 2026", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "- Thường trực Huyện ủy",
				LESSON_6, "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Văn Bình");
		assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
	}

	@Test
	void decomposedInputPrintsAsPrecomposedLetters() throws IOException {
		String decomposed = Normalizer.normalize("Thường trực Huyện ủy", Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo("Thường trực Huyện ủy");
		PartyDocument paper = PartyDocument.builder()
			.issuer("", "Huyện ủy An Phú")
			.number("Số 3-TB/HU")
			.placeAndDate("An Phú", LocalDate.of(2026, 2, 5))
			.title("Thông báo", "")
			.add(Block.paragraph(decomposed))
			.build();

		String text = textOf(PartyDocumentPdf.render(paper));

		assertThat(text).contains("Thường trực Huyện ủy").contains("An Phú, ngày 05 tháng 02 năm 2026");
	}

	@Test
	void everyFontIsEmbedded() throws IOException {
		PdfReader reader = new PdfReader(PartyDocumentPdf.render(plan()));
		PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);

		List<String> names = new ArrayList<>();
		for (PdfName key : fonts.getKeys()) {
			PdfDictionary font = fonts.getAsDict(key);
			assertThat(font.getAsName(PdfName.ENCODING)).as("encoding of %s", font.get(PdfName.BASEFONT))
				.isEqualTo(new PdfName("Identity-H"));
			PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
			PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
			assertThat(descriptor.get(PdfName.FONTFILE2)).as("embedded font file of %s", font.get(PdfName.BASEFONT))
				.isNotNull();
			names.add(PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString()));
		}
		assertThat(names).anyMatch(n -> n.matches("[A-Z]{6}\\+LiberationSerif$"))
			.anyMatch(n -> n.endsWith("+LiberationSerif-Bold"))
			.anyMatch(n -> n.endsWith("+LiberationSerif-Italic"));
		reader.close();
	}

	@Test
	void pagesAreA4PortraitOrLandscape() throws IOException {
		PdfReader portrait = new PdfReader(PartyDocumentPdf.render(plan()));
		Rectangle page = portrait.getPageSizeWithRotation(1);
		assertThat(page.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
		assertThat(page.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));

		PartyDocument wide = PartyDocument.builder()
			.issuer("Huyện ủy An Phú", "Ban Tuyên giáo")
			.number("Số 13-DS/BTGHU")
			.title("Danh sách", "")
			.landscape()
			.build();
		Rectangle landscape = new PdfReader(PartyDocumentPdf.render(wide)).getPageSizeWithRotation(1);
		assertThat(landscape.getWidth()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
		assertThat(landscape.getHeight()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
	}

	@Test
	void unissuedPaperLeavesTheDayAndMonthBlank() {
		assertThat(DocumentText.placeAndDate("An Phú", null)).startsWith("An Phú, ngày ").contains(" tháng ").contains(" năm");
		assertThat(DocumentText.placeAndDate("An Phú", LocalDate.of(2026, 3, 9))).isEqualTo("An Phú, ngày 09 tháng 3 năm 2026");
	}

	@Test
	void longBodyNumbersTheFollowingPagesAtTheTop() throws IOException {
		PartyDocument.Builder builder = PartyDocument.builder()
			.issuer("Huyện ủy An Phú", "Ban Tuyên giáo")
			.number("Số 14-KH/BTGHU")
			.title("Kế hoạch", "");
		for (int i = 0; i < 60; i++) {
			builder.add(Block.paragraph("Đoạn văn số " + (i + 1) + " của kế hoạch bồi dưỡng."));
		}
		PdfReader reader = new PdfReader(PartyDocumentPdf.render(builder.build()));

		assertThat(reader.getNumberOfPages()).isGreaterThan(1);
		// The number is drawn last on the page, so it is the last line the extractor reads.
		assertThat(new PdfTextExtractor(reader).getTextFromPage(2).lines().map(String::strip)).contains("2");
		assertThat(new PdfTextExtractor(reader).getTextFromPage(1).lines().map(String::strip)).doesNotContain("1");
	}

	@Test
	void tableRowOfTheWrongWidthIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Block.Table(List.of(Column.of("A", 1), Column.of("B", 1)), List.of(List.of("only one"))))
			.withMessageContaining("1 cells").withMessageContaining("2 columns");
	}

	/** The text of every page of a PDF, as a reader would copy it. */
	public static String textOf(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		reader.close();
		return text.toString();
	}

	/** Leaves the paper in target/documents to look at by hand (pdftoppm -png -r 80 …). */
	static void keep(String name, byte[] bytes) throws IOException {
		Path dir = Path.of("target", "documents");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name), bytes);
	}

}
