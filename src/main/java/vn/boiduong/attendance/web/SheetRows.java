package vn.boiduong.attendance.web;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import vn.boiduong.attendance.AttendanceStatus;
import vn.boiduong.attendance.SheetPage;

/**
 * The learners' rows of the attendance page, written as HTML here rather than element by element by the
 * template (DESIGN §8: the page of 250 learners within 6 ms of CPU). Thymeleaf ran about eight attribute
 * processors a row, two thousand for a class of 250: most of the page's cost (issue 9's benchmark,
 * {@code attendance-page-250}). The markup is the one {@code attendance/take.html} describes in its comment,
 * and {@code /js/attendance.js} reads: every text and attribute value escaped.
 */
final class SheetRows {

	private SheetRows() {
	}

	/**
	 * One {@code <li>} a learner: the mark button (name, party organization, status) and, for a learner
	 * not present or with a remark, the remark box.
	 */
	static String html(List<SheetPage.Row> rows, Map<AttendanceStatus, String> labels, String remarkLabel) {
		String remark = escape(remarkLabel);
		StringBuilder out = new StringBuilder(rows.size() * 240);
		for (SheetPage.Row r : rows) {
			String status = r.status().name();
			out.append("<li data-key=\"").append(escape(r.key())).append("\">\n      ")
				.append("<button type=\"button\" class=\"mark mark-").append(status)
				.append("\" data-learner=\"").append(r.learnerId())
				.append("\" data-status=\"").append(status)
				.append("\"><span class=\"mark-name\">").append(escape(r.fullName()))
				.append("</span><small>").append(escape(r.partyOrganizationName()))
				.append("</small><span class=\"mark-status\">").append(escape(labels.get(r.status())))
				.append("</span></button>");
			boolean present = r.status() == AttendanceStatus.PRESENT;
			if (r.remark() != null || !present) {
				out.append("\n      <input class=\"form-control form-control-sm remark").append(present ? " d-none" : "")
					.append("\" maxlength=\"500\" placeholder=\"").append(remark)
					.append("\" aria-label=\"").append(remark).append('"');
				if (r.remark() != null) {
					out.append(" value=\"").append(escape(r.remark())).append('"');
				}
				out.append(" data-learner=\"").append(r.learnerId()).append("\">");
			}
			out.append("\n    </li>\n    ");
		}
		return out.toString();
	}

	/** Text or an attribute value as HTML: only the characters that could end or open markup are escaped. */
	static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
