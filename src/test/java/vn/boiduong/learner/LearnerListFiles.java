package vn.boiduong.learner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Learner list files as an office fills them in: the template with its example row replaced by rows. */
public final class LearnerListFiles {

	private LearnerListFiles() {
	}

	/** The template with its example row replaced by the rows given (numbers as numbers, "" as empty). */
	public static byte[] fill(byte[] template, Object[][] rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet s = workbook.getSheetAt(0);
			s.removeRow(s.getRow(1));
			for (int i = 0; i < rows.length; i++) {
				row(s, i + 1, rows[i]);
			}
			return bytes(workbook);
		}
	}

	static void row(Sheet s, int index, Object[] values) {
		Row row = s.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Integer n) {
				row.createCell(i).setCellValue(n);
			}
			else if (!"".equals(values[i])) {
				row.createCell(i).setCellValue(String.valueOf(values[i]));
			}
		}
	}

	static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
