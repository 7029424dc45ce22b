package vn.boiduong.shared.document;

/**
 * Which rules of presentation an issuer's papers follow. Party committees and their bodies write by
 * Hướng dẫn 36-HD/VPTW (2018); the political schools are outside its scope (HD 36, I.2: "Hệ thống các
 * trường chính trị … không thuộc đối tượng áp dụng") and write as state bodies by Nghị định
 * 30/2020/NĐ-CP, Phụ lục I.
 */
public enum DocumentFormat {

	/**
	 * HD 36: "ĐẢNG CỘNG SẢN VIỆT NAM" top right; the number without a colon, the kind before the symbol
	 * ("Số 12-KH/BTGHU"); a deputy signs "K/T" (for a head), a collective body "T/M".
	 */
	PARTY("K/T "),

	/**
	 * NĐ 30/2020, Phụ lục I: the national title and motto top right; the number with a colon, the kind
	 * after it ("Số: 12/KH-TCT"); a deputy signs "KT." (for a head), a collective body "TM.".
	 */
	STATE("KT. ");

	private final String deputyPrefix;

	DocumentFormat(String deputyPrefix) {
		this.deputyPrefix = deputyPrefix;
	}

	/** Room for a number written by hand on a paper not yet registered. */
	static final String BLANK_NUMBER = "     ";

	/**
	 * The number and symbol line: "Số 12-KH/BTGHU" or "Số: 12/KH-TCT"; without a number (a paper not yet
	 * registered) a blank is left for it.
	 * @param number the number in the issuer's register, or {@code null}
	 * @param kindCode the kind of paper, "KH" for a plan, "BC" for a report
	 * @param symbol the issuer's abbreviation, "BTGHU", "TCT"
	 */
	public String numberLine(Integer number, String kindCode, String symbol) {
		String n = number == null ? BLANK_NUMBER : String.valueOf(number);
		return switch (this) {
			case PARTY -> "Số " + n + "-" + kindCode + "/" + symbol;
			case STATE -> "Số: " + n + "/" + kindCode + "-" + symbol;
		};
	}

	/** "K/T " or "KT. ": how a deputy signs for the head of the body. */
	public String deputyPrefix() {
		return this.deputyPrefix;
	}

}
