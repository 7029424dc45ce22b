package vn.boiduong.shared.document;

/**
 * How an issuer signs its papers. A collective body (a Party committee's standing committee) signs "on
 * behalf of" it, by its head or a deputy under the same mandate ("T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ",
 * HD 36); a body headed by one person is signed by the head ("TRƯỞNG BAN"), or by a deputy "for" the
 * head ("K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN"; under NĐ 30/2020 "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG").
 *
 * @param mandate the collective body signed for, "T/M BAN THƯỜNG VỤ", or empty for a body with one head
 * @param headTitle the head's title, "BÍ THƯ", "TRƯỞNG BAN", "HIỆU TRƯỞNG", "GIÁM ĐỐC"
 * @param deputyTitle the deputy's title, "PHÓ BÍ THƯ", "PHÓ TRƯỞNG BAN"
 */
public record SigningBlock(String mandate, String headTitle, String deputyTitle) {

	public SigningBlock {
		mandate = DocumentText.nfc(mandate).strip();
		headTitle = DocumentText.nfc(headTitle).strip();
		deputyTitle = DocumentText.nfc(deputyTitle).strip();
	}

	/**
	 * The signature block for a signer: the head, or a deputy.
	 * @param format the format of the paper, which spells "for the head" ("K/T " or "KT. ")
	 */
	public PartyDocument.Signature signature(DocumentFormat format, boolean deputy, String signerName) {
		if (!deputy) {
			return new PartyDocument.Signature(this.mandate, this.headTitle, signerName);
		}
		if (this.mandate.isEmpty()) {
			return new PartyDocument.Signature(format.deputyPrefix() + this.headTitle, this.deputyTitle, signerName);
		}
		if (format == DocumentFormat.STATE) {
			// NĐ 30/2020, Phụ lục I: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
			return new PartyDocument.Signature(this.mandate + "\n" + format.deputyPrefix() + this.headTitle,
					this.deputyTitle, signerName);
		}
		// HD 36: a deputy secretary signs for the standing committee under its mandate, without "K/T".
		return new PartyDocument.Signature(this.mandate, this.deputyTitle, signerName);
	}

}
