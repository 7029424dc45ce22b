import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A learner list to import, for bench/run.sh: the application's own template (/learners/import/template)
 * filled with generated learners, as an office would fill it. Run with the jar's POI on the class path:
 *
 * <pre>java -cp 'target/bench/lib/*' bench/LearnerList.java template.xlsx list.xlsx 250 7</pre>
 *
 * Arguments: the template, the file to write, the number of learners, a seed (different lists for
 * different seeds: new people each time, with unique party card numbers).
 */
public class LearnerList {

	private static final String[] FAMILY = { "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng",
			"Huỳnh", "Phan", "Võ", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Mai", "Đinh", "Trương" };

	private static final String[] MIDDLE_MALE = { "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Ngọc", "Đình",
			"Xuân", "Trọng", "Văn Minh", "Hoàng" };

	private static final String[] MIDDLE_FEMALE = { "Thị", "Thị Thu", "Thị Ngọc", "Thị Thanh", "Thị Kim", "Thị Hồng",
			"Ngọc", "Thị Mỹ", "Thu", "Thị Bích", "Hoài" };

	private static final String[] GIVEN_MALE = { "Anh", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Huy", "Khánh",
			"Long", "Minh", "Nam", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Thành", "Tuấn", "Trung", "Vinh",
			"Việt", "Hiếu", "Tâm", "Toàn", "Lợi", "Hưng", "Hòa", "Lộc", "Khoa", "Nghĩa", "Thịnh", "Kiên" };

	private static final String[] GIVEN_FEMALE = { "Anh", "Ánh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa",
			"Hồng", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên",
			"Thảo", "Thủy", "Trang", "Tuyết", "Vân", "Yến", "Hiền", "Diệu", "Trinh", "Xuân" };

	public static void main(String[] args) throws Exception {
		int count = Integer.parseInt(args[2]);
		int seed = Integer.parseInt(args[3]);
		Random random = new Random(seed);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new FileInputStream(args[0]))) {
			Sheet sheet = workbook.getSheetAt(0);
			Sheet lists = workbook.getSheetAt(1);
			List<String> genders = column(lists, 0);
			List<String> positions = column(lists, 1);
			List<String> organizations = column(lists, 2);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			// the template's example row stays (marked, never imported); the learners follow it
			int first = sheet.getLastRowNum() + 1;
			for (int i = 0; i < count; i++) {
				boolean female = random.nextInt(100) < 35;
				String name = pick(random, FAMILY) + " " + pick(random, female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
						+ pick(random, female ? GIVEN_FEMALE : GIVEN_MALE);
				LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(365 * 30));
				Row row = sheet.createRow(first + i);
				row.createCell(0).setCellValue(i + 1);
				row.createCell(1).setCellValue(name);
				Cell born = row.createCell(2);
				born.setCellValue(birth);
				born.setCellStyle(date);
				row.createCell(3).setCellValue(genders.get(female ? 1 : 0));
				row.createCell(4).setCellValue(random.nextInt(10) < 9 ? "Kinh" : "Khmer");
				row.createCell(5).setCellValue(organizations.get(random.nextInt(organizations.size())));
				row.createCell(6).setCellValue(positions.get(random.nextInt(positions.size())));
				LocalDate joinedOn = birth.plusYears(22 + random.nextInt(12)).plusDays(random.nextInt(300));
				if (joinedOn.isAfter(LocalDate.now().minusMonths(1))) {
					joinedOn = LocalDate.now().minusMonths(1 + random.nextInt(24));
				}
				Cell joined = row.createCell(7);
				joined.setCellValue(joinedOn);
				joined.setCellStyle(date);
				if (random.nextInt(10) < 6) {
					// unique across lists: the seed and the row
					row.createCell(8).setCellValue(String.format("79.%03d%05d", seed % 1000, i));
				}
				if (random.nextInt(10) < 7) {
					row.createCell(9).setCellValue(String.format("09%08d", random.nextInt(100_000_000)));
				}
			}
			try (FileOutputStream out = new FileOutputStream(args[1])) {
				workbook.write(out);
			}
		}
	}

	private static List<String> column(Sheet sheet, int column) {
		List<String> values = new ArrayList<>();
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && !cell.getStringCellValue().isBlank()) {
				values.add(cell.getStringCellValue());
			}
		}
		return values;
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
