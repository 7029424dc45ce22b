package vn.boiduong.learner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;

/**
 * Reads a learner list from a spreadsheet (.xlsx, or the older .xls still common in offices) laid out as
 * the downloadable template: a header row, then one learner a row. Every row is checked and every bad
 * row reported by number and column; the caller imports nothing unless no problem is found (DESIGN §6).
 * The file is judged by its content, not its name; files that are too large, too long, password
 * protected, damaged or built to exhaust memory (a zip bomb) are refused with a reason.
 * <p>
 * The vocabulary of the file (headers, genders, positions) is the Vietnamese of the messages files;
 * values written in the English labels are accepted too.
 */
public final class LearnerSheet {

	/** The largest file taken. */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	/** The most learner rows in one file. */
	public static final int MAX_ROWS = 1000;

	/** The longest full name kept. */
	public static final int MAX_NAME_LENGTH = 100;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Pattern PARTY_CARD = Pattern.compile("[0-9A-Za-z.\\-]{1,20}");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{9,20}");

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	static {
		// POI's defaults let a small file expand to gigabytes: a sheet may inflate at most 100 times
		// (a real list is far below) and no entry may be larger than 64 MB uncompressed.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
	}

	/** The columns of the template, in order. */
	public enum Column {

		NUMBER, FULL_NAME, BIRTH_DATE, GENDER, ETHNICITY, PARTY_ORGANIZATION, POSITION, JOINED_PARTY_ON, PARTY_CARD_NUMBER,
		PHONE;

		public String messageKey() {
			return "learner.sheet.column." + name();
		}

		/** The column's letter in the spreadsheet. */
		public String letter() {
			return String.valueOf((char) ('A' + ordinal()));
		}

	}

	/** A good row: what a learner is registered with. */
	public record LearnerRow(int rowNumber, String fullName, LocalDate birthDate, Gender gender, String ethnicity,
			Long partyOrganizationId, String partyOrganizationName, LearnerPosition position, LocalDate joinedPartyOn,
			String partyCardNumber, String phone) {
	}

	/**
	 * What is wrong: a row number (0 for the whole file) and column (null for the whole row or file), with
	 * the message key and its arguments.
	 */
	public record Problem(int rowNumber, Column column, String code, List<Object> arguments) {

		static Problem ofFile(String code, Object... arguments) {
			return new Problem(0, null, code, List.of(arguments));
		}

	}

	/** The rows read and the problems found; the rows are to be imported only when there is no problem. */
	public record Result(List<LearnerRow> rows, List<Problem> problems) {

		public boolean good() {
			return this.problems.isEmpty() && !this.rows.isEmpty();
		}

	}

	/**
	 * The party organizations (grassroots organizations and party cells) the importer may enrol from, by
	 * the label the template lists them under.
	 */
	@FunctionalInterface
	public interface PartyOrganizations {

		Optional<Long> idOf(String label);

	}

	private final MessageSource messages;

	private final Map<String, Gender> genders = new HashMap<>();

	private final Map<String, LearnerPosition> positions = new HashMap<>();

	private final String exampleMarker;

	public LearnerSheet(MessageSource messages) {
		this.messages = messages;
		this.exampleMarker = VietnameseNames.searchKey(text("learner.sheet.example.marker", VIETNAMESE));
		for (Gender gender : Gender.values()) {
			for (Locale locale : List.of(VIETNAMESE, Locale.ENGLISH)) {
				this.genders.put(VietnameseNames.searchKey(text(gender.messageKey(), locale)), gender);
			}
		}
		for (LearnerPosition position : LearnerPosition.values()) {
			for (Locale locale : List.of(VIETNAMESE, Locale.ENGLISH)) {
				this.positions.put(VietnameseNames.searchKey(text(position.messageKey(), locale)), position);
			}
		}
	}

	/** Reads and checks every row of the file's first sheet. */
	public Result read(byte[] content, PartyOrganizations organizations, LocalDate today) {
		if (content.length == 0) {
			return fileProblem("learner.import.empty");
		}
		if (content.length > MAX_BYTES) {
			return fileProblem("learner.import.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		try (Workbook workbook = open(content)) {
			if (workbook == null) {
				return fileProblem("learner.import.notASpreadsheet");
			}
			return read(workbook.getSheetAt(0), organizations, today);
		}
		catch (EncryptedDocumentException ex) {
			return fileProblem("learner.import.passwordProtected");
		}
		catch (IOException | RuntimeException ex) {
			return fileProblem(zipBomb(ex) ? "learner.import.zipBomb" : "learner.import.damaged");
		}
	}

	/** POI refuses an entry that would inflate too far with a message naming a zip bomb, maybe wrapped. */
	private static boolean zipBomb(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
				return true;
			}
		}
		return false;
	}

	/** Opens the workbook by what the bytes are; null when they are no spreadsheet. */
	private static Workbook open(byte[] content) throws IOException {
		InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content));
		FileMagic magic = FileMagic.valueOf(in);
		if (magic == FileMagic.OOXML) {
			return new XSSFWorkbook(in);
		}
		if (magic == FileMagic.OLE2) {
			POIFSFileSystem fs = new POIFSFileSystem(in);
			if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
				fs.close();
				throw new EncryptedDocumentException("A password-protected workbook");
			}
			return new HSSFWorkbook(fs.getRoot(), false);
		}
		return null;
	}

	private Result read(Sheet sheet, PartyOrganizations organizations, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		Row header = sheet.getRow(sheet.getFirstRowNum());
		if (header == null) {
			return fileProblem("learner.import.empty");
		}
		int headerIndex = header.getRowNum();
		for (CellRangeAddress merged : sheet.getMergedRegions()) {
			if (merged.getFirstRow() <= headerIndex && merged.getLastRow() >= headerIndex) {
				return fileProblem("learner.import.mergedHeader", merged.formatAsString());
			}
		}
		for (Column column : Column.values()) {
			String expected = VietnameseNames.searchKey(text(column.messageKey(), VIETNAMESE)).replace("*", "").strip();
			String found = VietnameseNames.searchKey(cellText(header.getCell(column.ordinal()))).replace("*", "").strip();
			if (!expected.equals(found)) {
				return fileProblem("learner.import.notTheTemplate", column.letter(), text(column.messageKey(), VIETNAMESE));
			}
		}
		List<LearnerRow> rows = new ArrayList<>();
		Map<String, Integer> partyCards = new HashMap<>();
		int dataRows = 0;
		for (int index = headerIndex + 1; index <= sheet.getLastRowNum(); index++) {
			Row row = sheet.getRow(index);
			if (row == null || blank(row) || isExample(row)) {
				continue;
			}
			if (++dataRows > MAX_ROWS) {
				return fileProblem("learner.import.tooManyRows", MAX_ROWS);
			}
			readRow(row, organizations, today, partyCards, rows, problems);
		}
		if (dataRows == 0) {
			return fileProblem("learner.import.noRows");
		}
		return new Result(List.copyOf(rows), List.copyOf(problems));
	}

	private void readRow(Row row, PartyOrganizations organizations, LocalDate today, Map<String, Integer> partyCards,
			List<LearnerRow> rows, List<Problem> problems) {
		int number = row.getRowNum() + 1; // as the spreadsheet numbers its rows
		int before = problems.size();
		ProblemSink sink = (column, code, args) -> problems.add(new Problem(number, column, code, List.of(args)));

		String fullName = VietnameseNames.normalize(cellText(row.getCell(Column.FULL_NAME.ordinal())));
		if (fullName.isEmpty()) {
			sink.add(Column.FULL_NAME, "learner.import.required");
		}
		else if (fullName.length() > MAX_NAME_LENGTH) {
			sink.add(Column.FULL_NAME, "learner.import.nameTooLong", MAX_NAME_LENGTH);
		}
		LocalDate birthDate = date(row, Column.BIRTH_DATE, true, sink);
		if (birthDate != null && birthDate.isAfter(today)) {
			sink.add(Column.BIRTH_DATE, "learner.import.dateInFuture");
			birthDate = null;
		}
		else if (birthDate != null && birthDate.getYear() < 1900) {
			sink.add(Column.BIRTH_DATE, "learner.import.notADate", cellText(row.getCell(Column.BIRTH_DATE.ordinal())));
			birthDate = null;
		}
		Gender gender = choice(row, Column.GENDER, this.genders, sink);
		String ethnicity = VietnameseNames.normalize(cellText(row.getCell(Column.ETHNICITY.ordinal())));
		if (ethnicity.length() > 50) {
			sink.add(Column.ETHNICITY, "learner.import.tooLong", 50);
		}
		String organizationName = VietnameseNames.normalize(cellText(row.getCell(Column.PARTY_ORGANIZATION.ordinal())));
		Long organizationId = null;
		if (organizationName.isEmpty()) {
			sink.add(Column.PARTY_ORGANIZATION, "learner.import.required");
		}
		else {
			organizationId = organizations.idOf(organizationName).orElse(null);
			if (organizationId == null) {
				sink.add(Column.PARTY_ORGANIZATION, "learner.import.unknownOrganization", organizationName);
			}
		}
		LearnerPosition position = choice(row, Column.POSITION, this.positions, sink);
		LocalDate joined = date(row, Column.JOINED_PARTY_ON, false, sink);
		if (joined != null && joined.isAfter(today)) {
			sink.add(Column.JOINED_PARTY_ON, "learner.import.dateInFuture");
		}
		else if (joined != null && birthDate != null && !joined.isAfter(birthDate)) {
			sink.add(Column.JOINED_PARTY_ON, "learner.import.joinedBeforeBirth");
		}
		String card = cellText(row.getCell(Column.PARTY_CARD_NUMBER.ordinal())).strip();
		if (!card.isEmpty()) {
			if (!PARTY_CARD.matcher(card).matches()) {
				sink.add(Column.PARTY_CARD_NUMBER, "learner.import.badPartyCard", card);
			}
			else {
				Integer first = partyCards.putIfAbsent(card.toUpperCase(Locale.ROOT), number);
				if (first != null) {
					sink.add(Column.PARTY_CARD_NUMBER, "learner.import.partyCardTwice", card, first);
				}
			}
		}
		String phone = cellText(row.getCell(Column.PHONE.ordinal())).strip();
		if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
			sink.add(Column.PHONE, "learner.import.badPhone", phone);
		}
		if (problems.size() == before) {
			rows.add(new LearnerRow(number, fullName, birthDate, gender, ethnicity.isEmpty() ? null : ethnicity,
					organizationId, organizationName, position, joined, card.isEmpty() ? null : card,
					phone.isEmpty() ? null : phone));
		}
	}

	@FunctionalInterface
	private interface ProblemSink {

		void add(Column column, String code, Object... args);

	}

	private static LocalDate date(Row row, Column column, boolean required, ProblemSink sink) {
		Cell cell = row.getCell(column.ordinal());
		CellType type = cell == null ? CellType.BLANK : cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String text = cellText(cell).strip();
		if (text.isEmpty()) {
			if (required) {
				sink.add(column, "learner.import.required");
			}
			return null;
		}
		try {
			return LocalDate.parse(text.replace('-', '/').replace('.', '/'), DAY_MONTH_YEAR);
		}
		catch (DateTimeException ex) {
			sink.add(column, "learner.import.notADate", text);
			return null;
		}
	}

	private static <T> T choice(Row row, Column column, Map<String, T> choices, ProblemSink sink) {
		String text = cellText(row.getCell(column.ordinal())).strip();
		if (text.isEmpty()) {
			sink.add(column, "learner.import.required");
			return null;
		}
		T value = choices.get(VietnameseNames.searchKey(text));
		if (value == null) {
			sink.add(column, "learner.import.unknownChoice", text);
		}
		return value;
	}

	/** The template's example row, marked in its first column, is never a learner. */
	private boolean isExample(Row row) {
		return this.exampleMarker.equals(VietnameseNames.searchKey(cellText(row.getCell(Column.NUMBER.ordinal()))));
	}

	private static boolean blank(Row row) {
		for (Cell cell : row) {
			if (!cellText(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** A cell as text; a formula at its stored value (the file is not recalculated). */
	private static String cellText(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().format(DAY_MONTH_YEAR)
					: new DataFormatter(Locale.ROOT).formatRawCellContents(cell.getNumericCellValue(), -1, "0");
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static Result fileProblem(String code, Object... args) {
		return new Result(List.of(), List.of(Problem.ofFile(code, args)));
	}

}
