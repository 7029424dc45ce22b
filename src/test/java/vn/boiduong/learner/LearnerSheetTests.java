package vn.boiduong.learner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import vn.boiduong.learner.LearnerSheet.Column;
import vn.boiduong.learner.LearnerSheet.Problem;
import vn.boiduong.learner.LearnerSheet.Result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A learner list is read from the template's layout; every bad row is named by row and column, and a
 * file that is no honest spreadsheet is refused with its reason.
 */
class LearnerSheetTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private static final Map<String, Long> ORGANIZATIONS = Map.of("Chi bộ Thôn 1", 11L, "Đảng bộ Xã An Hòa", 12L);

	/** As the application looks organizations up: by name, with or without diacritics and capitals. */
	private static final LearnerSheet.PartyOrganizations LOOKUP = name -> ORGANIZATIONS.entrySet()
		.stream()
		.filter(e -> VietnameseNames.searchKey(e.getKey()).equals(VietnameseNames.searchKey(name)))
		.map(Map.Entry::getValue)
		.findFirst();

	private final ResourceBundleMessageSource messages = messages();

	private final LearnerSheet sheet = new LearnerSheet(this.messages);

	private final LearnerSheetTemplate template = new LearnerSheetTemplate(this.messages);

	@Test
	void theTemplatesExampleRowIsNeverImportedAndARowBelowItIs() throws IOException {
		byte[] xlsx = this.template.build(List.of("Chi bộ Thôn 1", "Đảng bộ Xã An Hòa"));
		assertThat(codes(this.sheet.read(xlsx, LOOKUP, TODAY))).as("the template alone has no learner")
			.containsExactly("learner.import.noRows");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			LearnerListFiles.row(workbook.getSheetAt(0), 2, new Object[] { 1, "Nguyễn Thị  Ánh", "19/05/1980", "nữ", "Kinh",
					"chi bo thon 1", "Bí thư chi bộ", "03/02/2005", "", "" });
			Result result = this.sheet.read(LearnerListFiles.bytes(workbook), LOOKUP, TODAY);

			assertThat(result.problems()).isEmpty();
			assertThat(result.good()).isTrue();
			LearnerSheet.LearnerRow row = result.rows().get(0);
			assertThat(row.rowNumber()).isEqualTo(3);
			assertThat(row.fullName()).isEqualTo("Nguyễn Thị Ánh");
			assertThat(row.birthDate()).isEqualTo(LocalDate.of(1980, 5, 19));
			assertThat(row.gender()).isEqualTo(Gender.FEMALE);
			assertThat(row.partyOrganizationId()).isEqualTo(11L);
			assertThat(row.position()).isEqualTo(LearnerPosition.PARTY_CELL_SECRETARY);
			assertThat(row.joinedPartyOn()).isEqualTo(LocalDate.of(2005, 2, 3));
		}
	}

	@Test
	void theTemplateOffersListsForGenderPositionAndPartyOrganization() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(this.template.build(List.of("Chi bộ Thôn 1"))))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Danh sách học viên");
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên *");
			assertThat(workbook.getSheetAt(0).getDataValidations()).hasSize(3);
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).isEqualTo("Phó bí thư chi bộ");
		}
	}

	@Test
	void everyBadRowIsNamedByRowAndColumnWithItsReason() throws IOException {
		byte[] file = LearnerListFiles.fill(this.template.build(List.of("Chi bộ Thôn 1")), new Object[][] {
				{ 1, "Trần Văn Bình", "01/02/1975", "Nam", "Kinh", "Chi bộ Thôn 1", "Chi ủy viên", "", "012345", "0912 345 678" },
				{ 2, "", "01/02/1975", "Nam", "", "Chi bộ Thôn 1", "Chi ủy viên", "", "", "" },
				{ 3, "Lê Thị Cúc", "31/02/1980", "Nữ", "", "Chi bộ Thôn 1", "Chi ủy viên", "", "", "" },
				{ 4, "Phạm Văn Dũng", "01/01/2030", "Nam", "", "Chi bộ Thôn 9", "Chi ủy viên", "", "012345", "" },
				{ 5, "Hoàng Thị Én", "05/06/1990", "Không rõ", "", "Chi bộ Thôn 1", "Trưởng thôn", "01/01/1980", "", "abc" } });

		Result result = this.sheet.read(file, LOOKUP, TODAY);

		assertThat(result.good()).isFalse();
		assertThat(result.problems()).extracting(Problem::rowNumber, Problem::column, Problem::code)
			.containsExactlyInAnyOrder(
					tuple(3, Column.FULL_NAME, "learner.import.required"),
					tuple(4, Column.BIRTH_DATE, "learner.import.notADate"),
					tuple(5, Column.BIRTH_DATE, "learner.import.dateInFuture"),
					tuple(5, Column.PARTY_ORGANIZATION, "learner.import.unknownOrganization"),
					tuple(5, Column.PARTY_CARD_NUMBER, "learner.import.partyCardTwice"),
					tuple(6, Column.GENDER, "learner.import.unknownChoice"),
					tuple(6, Column.POSITION, "learner.import.unknownChoice"),
					tuple(6, Column.JOINED_PARTY_ON, "learner.import.joinedBeforeBirth"),
					tuple(6, Column.PHONE, "learner.import.badPhone"));
		assertThat(result.problems()).filteredOn(p -> p.code().equals("learner.import.partyCardTwice"))
			.singleElement()
			.extracting(Problem::arguments)
			.isEqualTo(List.of("012345", 2));
		assertThat(this.messages.getMessage("learner.import.partyCardTwice", new Object[] { "012345", 2 },
				java.util.Locale.forLanguageTag("vi"))).isEqualTo("Số thẻ đảng viên 012345 đã có ở dòng 2.");
	}

	@Test
	void anOldXlsFileIsReadAsWell() throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			Sheet s = workbook.createSheet("Danh sách");
			header(s);
			LearnerListFiles.row(s, 1, new Object[] { 1, "Võ Văn Giang", "12/12/1970", "Nam", "Tày", "Đảng bộ Xã An Hòa", "Đảng ủy viên cơ sở", "",
					"", "" });
			Result result = this.sheet.read(LearnerListFiles.bytes(workbook), LOOKUP, TODAY);
			assertThat(result.problems()).isEmpty();
			assertThat(result.rows()).extracting(LearnerSheet.LearnerRow::fullName, LearnerSheet.LearnerRow::ethnicity)
				.containsExactly(tuple("Võ Văn Giang", "Tày"));
		}
	}

	@Test
	void aCellWithAFormulaIsReadAtItsStoredValue() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(this.template.build(List.of("Chi bộ Thôn 1"))))) {
			workbook.getSheetAt(0).getRow(1).getCell(Column.NUMBER.ordinal()).setCellValue(1); // no longer the example
			Cell name = workbook.getSheetAt(0).getRow(1).getCell(Column.FULL_NAME.ordinal());
			name.setCellFormula("\"Nguyễn Văn \"&\"Hùng\"");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(name);
			Result result = this.sheet.read(LearnerListFiles.bytes(workbook), LOOKUP, TODAY);
			assertThat(result.rows()).extracting(LearnerSheet.LearnerRow::fullName).containsExactly("Nguyễn Văn Hùng");
		}
	}

	@Test
	void aFileThatIsNoSpreadsheetIsRefusedWhateverItsName() {
		assertThat(codes(this.sheet.read("%PDF-1.7 not a workbook".getBytes(StandardCharsets.US_ASCII), LOOKUP, TODAY)))
			.containsExactly("learner.import.notASpreadsheet");
		assertThat(codes(this.sheet.read(new byte[0], LOOKUP, TODAY))).containsExactly("learner.import.empty");
	}

	@Test
	void aPasswordProtectedWorkbookIsRefused() throws Exception {
		byte[] plain = this.template.build(List.of("Chi bộ Thôn 1"));
		POIFSFileSystem fs = new POIFSFileSystem();
		EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
		Encryptor encryptor = info.getEncryptor();
		encryptor.confirmPassword("matkhau");
		try (OutputStream out = encryptor.getDataStream(fs)) {
			out.write(plain);
		}
		ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
		fs.writeFilesystem(encrypted);
		fs.close();

		assertThat(codes(this.sheet.read(encrypted.toByteArray(), LOOKUP, TODAY)))
			.containsExactly("learner.import.passwordProtected");
	}

	@Test
	void moreThanAThousandRowsAreRefused() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet s = workbook.createSheet("Danh sách");
			header(s);
			for (int i = 1; i <= LearnerSheet.MAX_ROWS + 1; i++) {
				LearnerListFiles.row(s, i, new Object[] { i, "Học viên " + i, "01/01/1980", "Nam", "", "Chi bộ Thôn 1", "Chi ủy viên", "", "", "" });
			}
			assertThat(codes(this.sheet.read(LearnerListFiles.bytes(workbook), LOOKUP, TODAY))).containsExactly("learner.import.tooManyRows");
		}
	}

	@Test
	void mergedHeaderCellsAreRefused() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(this.template.build(List.of("Chi bộ Thôn 1"))))) {
			workbook.getSheetAt(0).addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
			assertThat(codes(this.sheet.read(LearnerListFiles.bytes(workbook), LOOKUP, TODAY))).containsExactly("learner.import.mergedHeader");
		}
	}

	@Test
	void aFileOverFiveMegabytesIsRefused() {
		byte[] large = new byte[(int) LearnerSheet.MAX_BYTES + 1];
		assertThat(codes(this.sheet.read(large, LOOKUP, TODAY))).containsExactly("learner.import.tooLarge");
	}

	@Test
	void aZipBombIsRefusedBeforeItFillsTheMemory() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("[Content_Types].xml"));
			out.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 20; i++) {
				out.write(spaces); // 20 MB of nothing: a ratio far beyond any real sheet
			}
		}
		assertThat(zip.size()).isLessThan(100 * 1024);

		assertThat(codes(this.sheet.read(zip.toByteArray(), LOOKUP, TODAY))).containsExactly("learner.import.zipBomb");
	}

	@Test
	void aSheetWhoseColumnsAreNotTheTemplatesIsRefusedNamingTheColumn() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet s = workbook.createSheet("Danh sách");
			Row header = s.createRow(0);
			header.createCell(0).setCellValue("STT");
			header.createCell(1).setCellValue("Tên");
			Result result = this.sheet.read(LearnerListFiles.bytes(workbook), LOOKUP, TODAY);
			assertThat(result.problems()).singleElement()
				.satisfies(p -> assertThat(p.code()).isEqualTo("learner.import.notTheTemplate"))
				.satisfies(p -> assertThat(p.arguments()).containsExactly("B", "Họ và tên"));
		}
	}

	private static List<String> codes(Result result) {
		return result.problems().stream().map(Problem::code).toList();
	}

	private void header(Sheet s) {
		Row header = s.createRow(0);
		for (Column column : Column.values()) {
			header.createCell(column.ordinal())
				.setCellValue(this.messages.getMessage(column.messageKey(), null, java.util.Locale.forLanguageTag("vi")));
		}
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/learner");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
