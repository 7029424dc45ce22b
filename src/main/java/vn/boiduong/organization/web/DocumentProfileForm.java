package vn.boiduong.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.boiduong.organization.DocumentProfileDetails;
import vn.boiduong.organization.DocumentProfileView;
import vn.boiduong.shared.document.DocumentFormat;

/**
 * A unit's document profile as its form carries it; {@code version} is null while the unit prints with
 * the defaults of its kind, so that two first saves of the same profile are told apart.
 */
record DocumentProfileForm(@NotBlank @Size(max = 20) @Pattern(regexp = SYMBOL) String symbol,
		@NotNull DocumentFormat format, @Size(max = 255) String superiorName, @Size(max = 255) String printedName,
		@Size(max = 100) String signingMandate, @NotBlank @Size(max = 100) String headTitle,
		@NotBlank @Size(max = 100) String deputyTitle, @Size(max = 200) String headName,
		@NotBlank @Size(max = 100) String placeName, Long version) {

	/** Letters (with Vietnamese ones, "ĐU"), digits and dots: the number line adds the slash and the dash. */
	static final String SYMBOL = "^[\\p{L}\\p{N}.]+$";

	static DocumentProfileForm of(DocumentProfileView p) {
		return new DocumentProfileForm(p.symbol(), p.format(), p.superiorName(), p.printedName(), p.signingMandate(),
				p.headTitle(), p.deputyTitle(), p.headName(), p.placeName(), p.version());
	}

	DocumentProfileDetails toDetails() {
		return new DocumentProfileDetails(this.symbol, this.format, this.superiorName, this.printedName,
				this.signingMandate, this.headTitle, this.deputyTitle, this.headName, this.placeName);
	}

}
