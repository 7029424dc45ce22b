package vn.boiduong.course.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.boiduong.course.CourseStatus;
import vn.boiduong.course.CourseSummary;
import vn.boiduong.organization.OrgUnitView;

import static vn.boiduong.course.web.CoursePageHtml.escape;

/**
 * The rows of the course list and the options of its district filter (a hundred districts for a province),
 * written here instead of by template loops, which were most of the list's cost under the benchmark. Every
 * text is escaped; every label comes from the message files.
 */
@Component("courseListHtml")
public class CourseListHtml {

	private final MessageSource messages;

	CourseListHtml(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One row a course: its distinguishing label (the full name as its title), its committee (on a phone
	 * under the label when the list has several districts), dates and status.
	 * @param courses the link to the courses ({@code @{/courses/}}), the course id is appended
	 */
	public String rows(List<CourseSummary> items, boolean severalDistricts, Locale locale, String courses) {
		Map<CourseStatus, String> statuses = new EnumMap<>(CourseStatus.class);
		StringBuilder html = new StringBuilder(items.size() * 700);
		for (CourseSummary c : items) {
			String status = statuses.computeIfAbsent(c.status(),
					s -> "<span class=\"badge course-status course-status-" + s.name() + "\">"
							+ escape(this.messages.getMessage(s.messageKey(), null, locale)) + "</span>");
			String unit = escape(c.organizingUnitName());
			String dates = escape(c.dates());
			html.append("<tr>\n<td><a class=\"fw-semibold course-label\" href=\"").append(escape(courses)).append(c.id())
				.append("\" title=\"").append(escape(c.name())).append("\">").append(escape(c.label())).append("</a>\n");
			if (severalDistricts) {
				html.append("<div class=\"d-md-none small text-body-secondary\">").append(unit).append("</div>\n");
			}
			html.append("<div class=\"d-sm-none small mt-1\">\n").append(status)
				.append("\n<span class=\"text-body-secondary ms-1 text-nowrap\">").append(dates).append("</span>\n</div></td>\n")
				.append("<td class=\"d-none d-md-table-cell\">").append(unit).append("</td>\n")
				.append("<td class=\"text-nowrap d-none d-sm-table-cell\">").append(dates).append("</td>\n")
				.append("<td class=\"d-none d-sm-table-cell\">").append(status).append("</td>\n</tr>\n");
		}
		return html.toString();
	}

	/** The statuses to filter by, in the workflow's order, the chosen one selected. */
	public String statusOptions(CourseStatus selected, Locale locale) {
		StringBuilder html = new StringBuilder(1024);
		for (CourseStatus s : CourseStatus.values()) {
			option(html, s.name(), s == selected, this.messages.getMessage(s.messageKey(), null, locale));
		}
		return html.toString();
	}

	/** The years to filter by, the chosen one selected. */
	public String yearOptions(List<Integer> years, Integer selected) {
		StringBuilder html = new StringBuilder(256);
		for (Integer y : years) {
			option(html, y.toString(), y.equals(selected), y.toString());
		}
		return html.toString();
	}

	private static void option(StringBuilder html, String value, boolean selected, String text) {
		html.append("<option value=\"").append(escape(value)).append('"');
		if (selected) {
			html.append(" selected=\"selected\"");
		}
		html.append('>').append(escape(text)).append("</option>\n");
	}

	/** The districts to filter by, the chosen one selected. */
	public String districtOptions(List<OrgUnitView> districts, Long selected) {
		StringBuilder html = new StringBuilder(districts.size() * 60);
		for (OrgUnitView d : districts) {
			option(html, d.id().toString(), d.id().equals(selected), d.name());
		}
		return html.toString();
	}

}
