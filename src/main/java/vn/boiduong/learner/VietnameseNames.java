package vn.boiduong.learner;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese personal names. Official lists sort by the given name (the last word of the full name),
 * then by the rest from the family name on; a search typed without diacritics ("nguyen thi anh") finds
 * the name written with them ("Nguyễn Thị Ánh").
 */
public final class VietnameseNames {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private VietnameseNames() {
	}

	/** The name as it is kept: NFC (diacritics composed), trimmed, single spaces. */
	public static String normalize(String fullName) {
		if (fullName == null) {
			return "";
		}
		return SPACES.matcher(Normalizer.normalize(fullName, Normalizer.Form.NFC).strip()).replaceAll(" ");
	}

	/** The given name: the last word of the full name ("Ánh" of "Nguyễn Thị Ánh"). */
	public static String givenName(String fullName) {
		String name = normalize(fullName);
		int space = name.lastIndexOf(' ');
		return space < 0 ? name : name.substring(space + 1);
	}

	/** The key a search compares: lower case, without diacritics, đ as d, single spaces. */
	public static String searchKey(String text) {
		String decomposed = Normalizer.normalize(normalize(text), Normalizer.Form.NFD);
		return COMBINING_MARKS.matcher(decomposed).replaceAll("")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
	}

}
