package vn.boiduong.organization;

import vn.boiduong.shared.document.DocumentFormat;

/** What the administrator writes in a unit's document profile; blank optional texts become null. */
public record DocumentProfileDetails(String symbol, DocumentFormat format, String superiorName, String printedName,
		String signingMandate, String headTitle, String deputyTitle, String headName, String placeName) {
}
