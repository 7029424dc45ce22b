package vn.boiduong.learner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;

import vn.boiduong.learner.LearnerSheet.Column;

/**
 * The downloadable template of a learner list: Vietnamese headers (required ones marked *), one example
 * row (marked "Ví dụ" in its first column, and never imported), and lists to choose the gender, the position and the party organization from, so that most
 * mistakes cannot be typed in the first place.
 */
public final class LearnerSheetTemplate {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final List<Column> REQUIRED = List.of(Column.FULL_NAME, Column.BIRTH_DATE, Column.GENDER,
			Column.PARTY_ORGANIZATION, Column.POSITION);

	private final MessageSource messages;

	public LearnerSheetTemplate(MessageSource messages) {
		this.messages = messages;
	}

	/** The template for a committee whose learners come from these party organizations (by name). */
	public byte[] build(List<String> partyOrganizations) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("learner.sheet.name"));
			Sheet lists = workbook.createSheet(text("learner.sheet.lists"));

			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setWrapText(true);
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));

			Row header = sheet.createRow(0);
			for (Column column : Column.values()) {
				var cell = header.createCell(column.ordinal());
				cell.setCellValue(text(column.messageKey()) + (REQUIRED.contains(column) ? " *" : ""));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(column.ordinal(), 256 * (column == Column.FULL_NAME || column == Column.PARTY_ORGANIZATION ? 32 : 16));
			}
			sheet.createFreezePane(0, 1);

			String organization = partyOrganizations.isEmpty() ? "" : partyOrganizations.get(0);
			Row example = sheet.createRow(1);
			// marked as the example in its first column: the reader skips it, so it is never imported
			example.createCell(Column.NUMBER.ordinal()).setCellValue(text("learner.sheet.example.marker"));
			example.createCell(Column.FULL_NAME.ordinal()).setCellValue(text("learner.sheet.example.name"));
			var birth = example.createCell(Column.BIRTH_DATE.ordinal());
			birth.setCellValue(LocalDate.of(1980, 5, 19));
			birth.setCellStyle(dateStyle);
			example.createCell(Column.GENDER.ordinal()).setCellValue(text(Gender.FEMALE.messageKey()));
			example.createCell(Column.ETHNICITY.ordinal()).setCellValue(text("learner.sheet.example.ethnicity"));
			example.createCell(Column.PARTY_ORGANIZATION.ordinal()).setCellValue(organization);
			example.createCell(Column.POSITION.ordinal()).setCellValue(text(LearnerPosition.PARTY_CELL_SECRETARY.messageKey()));
			var joined = example.createCell(Column.JOINED_PARTY_ON.ordinal());
			joined.setCellValue(LocalDate.of(2005, 2, 3));
			joined.setCellStyle(dateStyle);

			// The lists the choices come from, on a sheet of their own.
			List<String> genders = Arrays.stream(Gender.values()).map(g -> text(g.messageKey())).toList();
			List<String> positions = Arrays.stream(LearnerPosition.values()).map(p -> text(p.messageKey())).toList();
			writeColumn(lists, 0, genders);
			writeColumn(lists, 1, positions);
			writeColumn(lists, 2, partyOrganizations);
			lists.setColumnWidth(1, 256 * 32);
			lists.setColumnWidth(2, 256 * 40);
			String listSheet = "'" + lists.getSheetName().replace("'", "''") + "'!";

			DataValidationHelper helper = sheet.getDataValidationHelper();
			int lastRow = LearnerSheet.MAX_ROWS;
			validate(sheet, helper, helper.createFormulaListConstraint(listSheet + "$A$1:$A$" + genders.size()), Column.GENDER,
					lastRow);
			validate(sheet, helper, helper.createFormulaListConstraint(listSheet + "$B$1:$B$" + positions.size()),
					Column.POSITION, lastRow);
			if (!partyOrganizations.isEmpty()) {
				validate(sheet, helper,
						helper.createFormulaListConstraint(listSheet + "$C$1:$C$" + partyOrganizations.size()),
						Column.PARTY_ORGANIZATION, lastRow);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void validate(Sheet sheet, DataValidationHelper helper, DataValidationConstraint constraint, Column column,
			int lastRow) {
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal()));
		validation.setShowErrorBox(true);
		validation.createErrorBox(text("learner.sheet.choiceTitle"), text("learner.sheet.choiceMessage"));
		sheet.addValidationData(validation);
	}

	private static void writeColumn(Sheet sheet, int column, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			Row row = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
			row.createCell(column).setCellValue(values.get(i));
		}
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, VIETNAMESE);
	}

}
