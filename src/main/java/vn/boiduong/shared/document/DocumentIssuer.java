package vn.boiduong.shared.document;

import java.util.Objects;

/**
 * Who issues a paper, as the paper prints it: the lines of the header, the symbol in the number, the
 * format, the place of the date line and the signing block. Built from the issuing unit's document
 * profile (the organization module) as it was on the day of issue, so that a paper keeps the names of
 * its day.
 *
 * @param unitId the issuing unit
 * @param superiorName the line above the issuer's name: the committee a body belongs to ("Huyện ủy An
 *     Phú"), the Party organization of a committee ("Đảng bộ tỉnh Mẫu"), the governing body of a school
 *     ("Tỉnh ủy Mẫu"); may be empty
 * @param name the issuer as the header prints it ("Ban Tuyên giáo", "Đảng ủy phường An Phú")
 * @param fullName the issuer's full name for the text of the paper ("Ban Tuyên giáo Huyện ủy An Phú")
 * @param symbol the abbreviation in the number, "BTGHU", "ĐU", "TCT"
 * @param format the rules of presentation
 * @param placeName the place of the date line, "An Phú"
 * @param signing how the issuer signs
 * @param headName the head's name to print under the signing block, may be empty
 */
public record DocumentIssuer(Long unitId, String superiorName, String name, String fullName, String symbol,
		DocumentFormat format, String placeName, SigningBlock signing, String headName) {

	public DocumentIssuer {
		superiorName = DocumentText.nfc(superiorName).strip();
		name = DocumentText.nfc(name).strip();
		fullName = DocumentText.nfc(fullName).strip();
		symbol = DocumentText.nfc(symbol).strip();
		format = Objects.requireNonNullElse(format, DocumentFormat.PARTY);
		placeName = DocumentText.nfc(placeName).strip();
		headName = DocumentText.nfc(headName).strip();
	}

	/** The number line of a paper of the given kind ("KH"), with a blank for a number not yet given. */
	public String numberLine(String kindCode) {
		return this.format.numberLine(null, kindCode, this.symbol);
	}

	/** The number line of a paper of the given kind ("KH") and number. */
	public String numberLine(String kindCode, int number) {
		return this.format.numberLine(number, kindCode, this.symbol);
	}

	/** The signature block for the head (by the profile's head name when none is given) or a deputy. */
	public PartyDocument.Signature signature(boolean deputy, String signerName) {
		String name = signerName == null || signerName.isBlank() ? (deputy ? "" : this.headName) : signerName;
		return this.signing.signature(this.format, deputy, name);
	}

}
