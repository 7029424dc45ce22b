package vn.boiduong.course;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short label that tells a course from the others. Course names repeat the program's title
 * ("Lớp bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ và cấp ủy viên cơ sở …", about 90
 * characters) before the part that differs ("năm 2027 – đợt 3 (xã Phú Thạnh)"); lists and the home
 * page show that part first. A name that does not start with the title is its own label.
 */
public final class CourseLabel {

	private static final Pattern PROGRAM_TITLE = Pattern.compile("^\\s*lớp\\s+(?:bồi\\s+dưỡng\\s+)?(?:nghiệp\\s+vụ\\s+)?"
			+ "công\\s+tác\\s+đảng\\s+cho\\s+bí\\s+thư(?:\\s*,\\s*phó\\s+bí\\s+thư)?\\s+chi\\s+bộ\\s*(?:và|,)\\s*"
			+ "cấp\\s+ủy\\s+viên\\s+cơ\\s+sở[\\s,:;.\\-–—]*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private CourseLabel() {
	}

	/** The part of the name after the program's title, capitalized; the whole name when nothing follows it. */
	public static String of(String name) {
		if (name == null) {
			return null;
		}
		String text = Normalizer.normalize(name, Normalizer.Form.NFC);
		Matcher m = PROGRAM_TITLE.matcher(text);
		if (!m.find() || m.end() >= text.length()) {
			return name;
		}
		String rest = text.substring(m.end()).strip();
		return rest.substring(0, 1).toUpperCase(VIETNAMESE) + rest.substring(1);
	}

}
