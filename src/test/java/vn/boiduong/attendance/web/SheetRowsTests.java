package vn.boiduong.attendance.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.boiduong.attendance.AttendanceStatus;
import vn.boiduong.attendance.SheetPage;

import static org.assertj.core.api.Assertions.assertThat;

/** The attendance rows written without the template: what the script reads, and nothing unescaped. */
class SheetRowsTests {

	private final Map<AttendanceStatus, String> labels = new EnumMap<>(AttendanceStatus.class);

	SheetRowsTests() {
		this.labels.put(AttendanceStatus.PRESENT, "Có mặt");
		this.labels.put(AttendanceStatus.LATE_OR_EARLY, "Đi muộn / về sớm");
		this.labels.put(AttendanceStatus.EXCUSED_ABSENCE, "Vắng có phép");
		this.labels.put(AttendanceStatus.UNEXCUSED_ABSENCE, "Vắng không phép");
	}

	@Test
	void aPresentLearnerHasAMarkButtonAndNoRemarkBox() {
		String html = SheetRows.html(List.of(new SheetPage.Row(7L, "Nguyễn Thị Ánh", "Chi bộ 1", "nguyen thi anh",
				AttendanceStatus.PRESENT, null)), this.labels, "Ghi chú");

		assertThat(html).contains("<li data-key=\"nguyen thi anh\">")
			.contains("<button type=\"button\" class=\"mark mark-PRESENT\" data-learner=\"7\" data-status=\"PRESENT\">")
			.contains("<span class=\"mark-name\">Nguyễn Thị Ánh</span><small>Chi bộ 1</small>")
			.contains("<span class=\"mark-status\">Có mặt</span></button>")
			.doesNotContain("<input");
	}

	@Test
	void anAbsentLearnerOrARemarkHasItsRemarkBox() {
		String html = SheetRows.html(List.of(
				new SheetPage.Row(8L, "Lê Văn Bình", null, "le van binh", AttendanceStatus.EXCUSED_ABSENCE, "ốm"),
				new SheetPage.Row(9L, "Trần Thị Cúc", "Chi bộ 2", "tran thi cuc", AttendanceStatus.PRESENT, "đến đúng giờ")),
				this.labels, "Ghi chú");

		assertThat(html).contains("<small></small>")
			.contains("<input class=\"form-control form-control-sm remark\" maxlength=\"500\" placeholder=\"Ghi chú\""
					+ " aria-label=\"Ghi chú\" value=\"ốm\" data-learner=\"8\">")
			.contains("<input class=\"form-control form-control-sm remark d-none\" maxlength=\"500\"")
			.contains("value=\"đến đúng giờ\" data-learner=\"9\">");
	}

	@Test
	void namesAndRemarksCannotOpenMarkup() {
		String html = SheetRows.html(List.of(new SheetPage.Row(1L, "<script>x</script>", "A & B", "k\"ey",
				AttendanceStatus.UNEXCUSED_ABSENCE, "\" onfocus='alert(1)")), this.labels, "Ghi chú");

		assertThat(html).doesNotContain("<script>", "\" onfocus", "'alert")
			.contains("&lt;script&gt;x&lt;/script&gt;", "A &amp; B", "data-key=\"k&quot;ey\"",
					"value=\"&quot; onfocus=&#39;alert(1)\"");
	}

}
