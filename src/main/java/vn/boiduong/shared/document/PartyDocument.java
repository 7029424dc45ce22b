package vn.boiduong.shared.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An official paper: who issues it, its number, place and date, its kind and summary, the body, who
 * signs, and who receives it. One model for both formats: the issuer's {@link DocumentFormat} chooses
 * the layout (the Party format of Hướng dẫn 36-HD/VPTW, or the state format of Nghị định 30/2020 for a
 * political school). Printed by {@link PartyDocumentPdf}.
 *
 * @param issuerParent the committee the issuing body belongs to ("Huyện ủy An Phú"), or empty when the
 *     issuing body is itself a committee; printed in capitals
 * @param issuerName the issuing body ("Ban Tuyên giáo"), printed in bold capitals
 * @param documentNumber number and symbol, "Số 12-KH/BTGHU"
 * @param place the place name of the date line, "An Phú"
 * @param date the date of issue, or {@code null} for a paper not yet issued (left blank)
 * @param title the kind of paper, "KẾ HOẠCH", printed in bold capitals
 * @param subtitle the summary under the kind, may be empty
 * @param body the content, in order
 * @param signature who signs, or {@code null} for a paper without a signature block
 * @param recipients the lines under "Nơi nhận:", may be empty
 * @param orientation portrait, or landscape for wide tables
 * @param format the rules of presentation, the Party format unless the issuer says otherwise
 */
public record PartyDocument(String issuerParent, String issuerName, String documentNumber, String place,
		LocalDate date, String title, String subtitle, List<Block> body, Signature signature, List<String> recipients,
		Orientation orientation, DocumentFormat format) {

	/** The page orientation; A4 always. */
	public enum Orientation {

		PORTRAIT, LANDSCAPE

	}

	/**
	 * The signature block: the capacity in which the signer signs ("T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG
	 * BAN", may be empty; a line break between two mandates), the signer's title ("PHÓ BÍ THƯ") and
	 * name. See {@link SigningBlock} for how an issuer's profile makes one.
	 */
	public record Signature(String capacity, String title, String signerName) {

		public Signature {
			capacity = DocumentText.nfc(capacity);
			title = DocumentText.nfc(title);
			signerName = DocumentText.nfc(signerName);
		}

	}

	public PartyDocument {
		issuerParent = DocumentText.nfc(issuerParent);
		issuerName = DocumentText.nfc(issuerName);
		documentNumber = DocumentText.nfc(documentNumber);
		place = DocumentText.nfc(place);
		title = DocumentText.nfc(title);
		subtitle = DocumentText.nfc(subtitle);
		body = List.copyOf(body);
		recipients = recipients == null ? List.of() : recipients.stream().map(DocumentText::nfc).toList();
		orientation = Objects.requireNonNullElse(orientation, Orientation.PORTRAIT);
		format = Objects.requireNonNullElse(format, DocumentFormat.PARTY);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Builds a paper step by step; the body grows with {@link #add(Block)}. */
	public static final class Builder {

		private String issuerParent = "";

		private String issuerName = "";

		private String documentNumber = "";

		private String place = "";

		private LocalDate date;

		private String title = "";

		private String subtitle = "";

		private final List<Block> body = new ArrayList<>();

		private Signature signature;

		private final List<String> recipients = new ArrayList<>();

		private Orientation orientation = Orientation.PORTRAIT;

		private DocumentFormat format = DocumentFormat.PARTY;

		private Builder() {
		}

		public Builder issuer(String parent, String name) {
			this.issuerParent = parent;
			this.issuerName = name;
			return this;
		}

		/**
		 * The issuer's header lines, format and place of the date line, from its profile; the number
		 * and the date are still to be given.
		 */
		public Builder issuer(DocumentIssuer issuer) {
			this.issuerParent = issuer.superiorName();
			this.issuerName = issuer.name();
			this.place = issuer.placeName();
			this.format = issuer.format();
			return this;
		}

		public Builder format(DocumentFormat format) {
			this.format = format;
			return this;
		}

		/** The date of issue, or {@code null} for a paper not yet issued. */
		public Builder date(LocalDate date) {
			this.date = date;
			return this;
		}

		public Builder number(String documentNumber) {
			this.documentNumber = documentNumber;
			return this;
		}

		public Builder placeAndDate(String place, LocalDate date) {
			this.place = place;
			this.date = date;
			return this;
		}

		public Builder title(String title, String subtitle) {
			this.title = title;
			this.subtitle = subtitle;
			return this;
		}

		public Builder add(Block block) {
			this.body.add(block);
			return this;
		}

		public Builder addAll(List<? extends Block> blocks) {
			this.body.addAll(blocks);
			return this;
		}

		public Builder signature(String capacity, String title, String signerName) {
			this.signature = new Signature(capacity, title, signerName);
			return this;
		}

		public Builder signature(Signature signature) {
			this.signature = signature;
			return this;
		}

		public Builder recipients(List<String> recipients) {
			this.recipients.addAll(recipients);
			return this;
		}

		public Builder recipients(String... recipients) {
			return recipients(List.of(recipients));
		}

		public Builder landscape() {
			this.orientation = Orientation.LANDSCAPE;
			return this;
		}

		public PartyDocument build() {
			return new PartyDocument(this.issuerParent, this.issuerName, this.documentNumber, this.place, this.date,
					this.title, this.subtitle, this.body, this.signature, this.recipients, this.orientation, this.format);
		}

	}

}
