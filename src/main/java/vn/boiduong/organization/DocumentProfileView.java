package vn.boiduong.organization;

import vn.boiduong.shared.document.DocumentFormat;
import vn.boiduong.shared.document.SigningBlock;

/**
 * How a unit's papers print (issue 8, item 3): its own row, or the defaults of its kind when it has none.
 *
 * @param superiorName the line above the issuer's name, or null to take it from the tree
 * @param printedName the issuer's name in the header, or null to take it from the tree
 * @param signingMandate the collective body signed for ("T/M BAN THƯỜNG VỤ"), or null for a body with one head
 * @param headName the head's name printed under the signing block, or null
 * @param version the stored row's version, or null while the unit prints with its kind's defaults
 */
public record DocumentProfileView(Long unitId, String symbol, DocumentFormat format, String superiorName,
		String printedName, String signingMandate, String headTitle, String deputyTitle, String headName,
		String placeName, Long version) {

	/** Whether the unit has a profile of its own, or prints with the defaults of its kind. */
	public boolean stored() {
		return this.version != null;
	}

	public SigningBlock signing() {
		return new SigningBlock(this.signingMandate, this.headTitle, this.deputyTitle);
	}

}
