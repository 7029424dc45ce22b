package vn.boiduong.shared.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** Text helpers shared by the PDF and spreadsheet writers. */
public final class DocumentText {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private DocumentText() {
	}

	/** The text in Unicode NFC (precomposed letters); {@code null} becomes the empty string. */
	public static String nfc(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** Upper case by Vietnamese rules, in NFC: "Huyện ủy An Phú" becomes "HUYỆN ỦY AN PHÚ". */
	public static String upper(String text) {
		return nfc(nfc(text).toUpperCase(VIETNAMESE));
	}

	/**
	 * The place and date line of an official paper: "An Phú, ngày 26 tháng 11 năm 2026". Days below 10
	 * and the months January and February take a leading zero ("ngày 05 tháng 02"), as the Party and
	 * state formats write them. Without a date (a paper not yet issued) the day and month are left blank
	 * for the office to fill in by hand.
	 */
	public static String placeAndDate(String place, LocalDate date) {
		String where = nfc(place).isBlank() ? "" : nfc(place) + ", ";
		if (date == null) {
			return where + "ngày      tháng      năm         ";
		}
		String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
		String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
		return where + "ngày " + day + " tháng " + month + " năm " + date.getYear();
	}

	/** The same text without diacritics, for places that only take ASCII (a fallback file name). */
	public static String ascii(String text) {
		String decomposed = Normalizer.normalize(nfc(text).replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			out.append(c < 128 ? c : '_');
		}
		return out.toString();
	}

}
