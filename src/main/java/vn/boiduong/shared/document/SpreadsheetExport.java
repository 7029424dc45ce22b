package vn.boiduong.shared.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as an .xlsx workbook: one sheet per table, each with an optional title row, a bold
 * header row that stays in view while scrolling (frozen, with filters), and rows of typed cells.
 * Each sheet prints on A4 landscape, fitted to the page's width, the header row on every page.
 * Column widths follow the longest value. Rows are streamed, so a long list does not fill the heap.
 *
 * <pre>{@code
 * byte[] xlsx = SpreadsheetExport.of(
 *     SpreadsheetExport.sheet("Lịch học").title("Lịch học lớp bồi dưỡng …").columns("Ngày", "Buổi", "Nội dung")
 *         .row(LocalDate.of(2026, 12, 1), "Sáng", "Bài 1: …").build())
 *     .toBytes();
 * }</pre>
 *
 * Cell values may be {@link String}, any {@link Number}, {@link LocalDate}, {@link LocalDateTime},
 * {@link LocalTime}, {@link Boolean} or {@code null} (an empty cell); anything else is refused, so that an
 * enum or a record is not exported as its Java name by mistake.
 */
public final class SpreadsheetExport {

	private static final int MIN_WIDTH_CHARS = 6;

	private static final int MAX_WIDTH_CHARS = 60;

	private static final int ROWS_IN_MEMORY = 200;

	private final List<SheetData> sheets;

	private SpreadsheetExport(List<SheetData> sheets) {
		if (sheets.isEmpty()) {
			throw new IllegalArgumentException("A workbook needs at least one sheet");
		}
		this.sheets = List.copyOf(sheets);
	}

	public static SpreadsheetExport of(SheetData... sheets) {
		return new SpreadsheetExport(Arrays.asList(sheets));
	}

	public static SpreadsheetExport of(List<SheetData> sheets) {
		return new SpreadsheetExport(sheets);
	}

	/** Starts a sheet with this name (Vietnamese is fine; cut to Excel's 31 characters if longer). */
	public static SheetBuilder sheet(String name) {
		return new SheetBuilder(name);
	}

	public byte[] toBytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
		write(out);
		return out.toByteArray();
	}

	/** Writes the workbook to {@code out}; the stream is left open. */
	public void write(OutputStream out) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		try {
			Styles styles = new Styles(workbook);
			Set<String> usedNames = new HashSet<>();
			for (SheetData data : this.sheets) {
				writeSheet(workbook, styles, uniqueName(data.name(), usedNames), data);
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
			try {
				workbook.close();
			}
			catch (IOException ex) {
				// nothing was left to release
			}
		}
	}

	private static void writeSheet(SXSSFWorkbook workbook, Styles styles, String name, SheetData data) {
		SXSSFSheet sheet = workbook.createSheet(name);
		int columns = data.columns().size();
		int[] widths = new int[columns];
		int rowIndex = 0;
		if (!data.title().isBlank()) {
			Row title = sheet.createRow(rowIndex++);
			title.setHeightInPoints(22);
			Cell cell = title.createCell(0);
			cell.setCellValue(data.title());
			cell.setCellStyle(styles.title);
			if (columns > 1) {
				sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
			}
		}
		int headerIndex = rowIndex++;
		Row header = sheet.createRow(headerIndex);
		for (int c = 0; c < columns; c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(data.columns().get(c));
			cell.setCellStyle(styles.header);
			widths[c] = displayLength(data.columns().get(c));
		}
		for (List<Object> values : data.rows()) {
			Row row = sheet.createRow(rowIndex++);
			for (int c = 0; c < columns; c++) {
				Object value = values.get(c);
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(c);
				widths[c] = Math.max(widths[c], setValue(cell, value, styles));
			}
		}
		// printed: A4 landscape, as wide as the page, the header row again at the top of every page
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.getPrintSetup().setLandscape(true);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(headerIndex, headerIndex, -1, -1));
		sheet.createFreezePane(0, headerIndex + 1);
		sheet.setAutoFilter(new CellRangeAddress(headerIndex, Math.max(headerIndex, rowIndex - 1), 0, columns - 1));
		for (int c = 0; c < columns; c++) {
			int chars = Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, widths[c] + 2));
			sheet.setColumnWidth(c, chars * 256);
		}
	}

	// Sets the cell and answers how many characters wide it shows.
	private static int setValue(Cell cell, Object value, Styles styles) {
		if (value instanceof String text) {
			cell.setCellValue(text);
			cell.setCellStyle(styles.text);
			return displayLength(text);
		}
		if (value instanceof Number number) {
			double d = number instanceof BigDecimal big ? big.doubleValue()
					: number instanceof BigInteger big ? big.doubleValue() : number.doubleValue();
			cell.setCellValue(d);
			cell.setCellStyle(styles.number);
			return String.valueOf(number).length();
		}
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.date);
			return 10;
		}
		if (value instanceof LocalDateTime dateTime) {
			cell.setCellValue(dateTime);
			cell.setCellStyle(styles.dateTime);
			return 16;
		}
		if (value instanceof LocalTime time) {
			cell.setCellValue(time.toSecondOfDay() / 86400d);
			cell.setCellStyle(styles.time);
			return 5;
		}
		if (value instanceof Boolean bool) {
			cell.setCellValue(bool);
			cell.setCellStyle(styles.text);
			return 5;
		}
		throw new IllegalArgumentException("A spreadsheet cell takes text, a number, a date or a time, not "
				+ value.getClass().getName() + ": convert it to text first");
	}

	// The widest line of a text, for a column width.
	private static int displayLength(String text) {
		int longest = 0;
		for (String line : text.split("\n", -1)) {
			longest = Math.max(longest, line.length());
		}
		return longest;
	}

	private static String uniqueName(String wanted, Set<String> used) {
		String base = WorkbookUtil.createSafeSheetName(DocumentText.nfc(wanted).isBlank() ? "Sheet" : DocumentText.nfc(wanted));
		String name = base;
		for (int n = 2; !used.add(name.toLowerCase(DocumentText.VIETNAMESE)); n++) {
			String suffix = " (" + n + ")";
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}

	/** One sheet: its name, an optional title over the table, the column headers and the rows. */
	public record SheetData(String name, String title, List<String> columns, List<List<Object>> rows) {

		public SheetData {
			name = DocumentText.nfc(name);
			title = DocumentText.nfc(title);
			columns = columns.stream().map(DocumentText::nfc).toList();
			if (columns.isEmpty()) {
				throw new IllegalArgumentException("A sheet needs at least one column: " + name);
			}
			int width = columns.size();
			List<List<Object>> normalized = new ArrayList<>(rows.size());
			for (List<Object> row : rows) {
				if (row.size() != width) {
					throw new IllegalArgumentException(
							"A row has " + row.size() + " cells but sheet " + name + " has " + width + " columns");
				}
				List<Object> copy = new ArrayList<>(row.size());
				for (Object value : row) {
					copy.add(value instanceof String text ? DocumentText.nfc(text) : value);
				}
				normalized.add(java.util.Collections.unmodifiableList(copy));
			}
			rows = java.util.Collections.unmodifiableList(normalized);
		}

	}

	/** Builds a {@link SheetData} row by row. */
	public static final class SheetBuilder {

		private final String name;

		private String title = "";

		private List<String> columns = List.of();

		private final List<List<Object>> rows = new ArrayList<>();

		private SheetBuilder(String name) {
			this.name = name;
		}

		public SheetBuilder title(String title) {
			this.title = title;
			return this;
		}

		public SheetBuilder columns(String... columns) {
			this.columns = List.of(columns);
			return this;
		}

		public SheetBuilder columns(List<String> columns) {
			this.columns = List.copyOf(columns);
			return this;
		}

		/** Adds a row; {@code null} values leave the cell empty. */
		public SheetBuilder row(Object... values) {
			this.rows.add(Arrays.asList(values));
			return this;
		}

		public SheetBuilder row(List<?> values) {
			this.rows.add(new ArrayList<>(values));
			return this;
		}

		public SheetData build() {
			return new SheetData(this.name, this.title, this.columns, this.rows);
		}

	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle text;

		final CellStyle number;

		final CellStyle date;

		final CellStyle dateTime;

		final CellStyle time;

		Styles(SXSSFWorkbook workbook) {
			CreationHelper helper = workbook.getCreationHelper();
			Font titleFont = workbook.createFont();
			titleFont.setBold(true);
			titleFont.setFontHeightInPoints((short) 14);
			this.title = workbook.createCellStyle();
			this.title.setFont(titleFont);
			this.title.setAlignment(HorizontalAlignment.CENTER);
			this.title.setVerticalAlignment(VerticalAlignment.CENTER);

			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = bordered(workbook);
			this.header.setFont(bold);
			this.header.setAlignment(HorizontalAlignment.CENTER);
			this.header.setVerticalAlignment(VerticalAlignment.CENTER);
			this.header.setWrapText(true);

			this.text = bordered(workbook);
			this.text.setWrapText(true);
			this.text.setVerticalAlignment(VerticalAlignment.TOP);
			this.number = bordered(workbook);
			this.number.setVerticalAlignment(VerticalAlignment.TOP);
			this.date = bordered(workbook);
			this.date.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
			this.date.setVerticalAlignment(VerticalAlignment.TOP);
			this.dateTime = bordered(workbook);
			this.dateTime.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
			this.dateTime.setVerticalAlignment(VerticalAlignment.TOP);
			this.time = bordered(workbook);
			this.time.setDataFormat(helper.createDataFormat().getFormat("hh:mm"));
			this.time.setVerticalAlignment(VerticalAlignment.TOP);
		}

		private static CellStyle bordered(SXSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

	}

}
