package vn.boiduong.shared.document;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One paper model, two layouts: the issuer's format chooses the header, the number and the signing block. */
class IssuerFormatsTests {

	static final DocumentIssuer DISTRICT_BOARD = new DocumentIssuer(1L, "Huyện ủy An Phú", "Ban Tuyên giáo",
			"Ban Tuyên giáo Huyện ủy An Phú", "BTGHU", DocumentFormat.PARTY, "An Phú",
			new SigningBlock("", "Trưởng ban", "Phó Trưởng ban"), "Lê Văn Tâm");

	static final DocumentIssuer WARD_COMMITTEE = new DocumentIssuer(2L, "Đảng bộ tỉnh Mẫu", "Đảng ủy phường An Phú",
			"Đảng ủy phường An Phú", "ĐU", DocumentFormat.PARTY, "An Phú",
			new SigningBlock("T/M Đảng ủy", "Bí thư", "Phó Bí thư"), "");

	static final DocumentIssuer SCHOOL = new DocumentIssuer(3L, "Tỉnh ủy Mẫu", "Trường Chính trị tỉnh",
			"Trường Chính trị tỉnh Mẫu", "TCT", DocumentFormat.STATE, "Mẫu",
			new SigningBlock("", "Hiệu trưởng", "Phó Hiệu trưởng"), "Nguyễn Thị Hạnh");

	@Test
	void numbersFollowTheFormat() {
		assertThat(DISTRICT_BOARD.numberLine("KH", 12)).isEqualTo("Số 12-KH/BTGHU");
		assertThat(WARD_COMMITTEE.numberLine("KH", 7)).isEqualTo("Số 7-KH/ĐU");
		assertThat(SCHOOL.numberLine("KH", 12)).isEqualTo("Số: 12/KH-TCT");
		assertThat(DISTRICT_BOARD.numberLine("KH")).isEqualTo("Số      -KH/BTGHU");
		assertThat(SCHOOL.numberLine("KH")).isEqualTo("Số:      /KH-TCT");
	}

	@Test
	void aHeadSignsInTheirTitleAndADeputyForTheHead() {
		assertThat(DISTRICT_BOARD.signature(false, null))
			.isEqualTo(new PartyDocument.Signature("", "Trưởng ban", "Lê Văn Tâm"));
		assertThat(DISTRICT_BOARD.signature(true, "Trần Văn Bình"))
			.isEqualTo(new PartyDocument.Signature("K/T Trưởng ban", "Phó Trưởng ban", "Trần Văn Bình"));
		assertThat(SCHOOL.signature(true, "Võ Văn Kiệt"))
			.isEqualTo(new PartyDocument.Signature("KT. Hiệu trưởng", "Phó Hiệu trưởng", "Võ Văn Kiệt"));
	}

	@Test
	void aDeputySecretarySignsForTheCommitteeWithoutKT() {
		assertThat(WARD_COMMITTEE.signature(true, "Phạm Văn Đồng"))
			.isEqualTo(new PartyDocument.Signature("T/M Đảng ủy", "Phó Bí thư", "Phạm Văn Đồng"));
		SigningBlock peoplesCommittee = new SigningBlock("TM. Ủy ban nhân dân", "Chủ tịch", "Phó Chủ tịch");
		assertThat(peoplesCommittee.signature(DocumentFormat.STATE, true, "X").capacity())
			.isEqualTo("TM. Ủy ban nhân dân\nKT. Chủ tịch");
	}

	@Test
	void partyFormatPrintsThePartyHeaderAndTheHeadsBlock() throws IOException {
		byte[] pdf = PartyDocumentPdf.render(paper(DISTRICT_BOARD).signature(DISTRICT_BOARD.signature(false, null)).build());
		PartyDocumentPdfTests.keep("issuer-party.pdf", pdf);

		String text = PartyDocumentPdfTests.textOf(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY AN PHÚ", "BAN TUYÊN GIÁO", "Số -KH/BTGHU",
				"An Phú, ngày 05 tháng 02 năm 2026", "TRƯỞNG BAN Lê Văn Tâm")
			.doesNotContain("CỘNG HÒA", "Số:");
	}

	@Test
	void stateFormatPrintsTheNationalTitleAndTheSchoolsBlock() throws IOException {
		byte[] pdf = PartyDocumentPdf.render(paper(SCHOOL).signature(SCHOOL.signature(true, "Võ Văn Kiệt")).build());
		PartyDocumentPdfTests.keep("issuer-state.pdf", pdf);

		String text = PartyDocumentPdfTests.textOf(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "TỈNH ỦY MẪU",
				"TRƯỜNG CHÍNH TRỊ TỈNH", "Số: /KH-TCT", "Mẫu, ngày 05 tháng 02 năm 2026", "Nơi nhận:",
				"KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG Võ Văn Kiệt", "Kế hoạch học tập của học viên")
			.doesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM");
		assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
	}

	private static PartyDocument.Builder paper(DocumentIssuer issuer) {
		return PartyDocument.builder()
			.issuer(issuer)
			.number(issuer.numberLine("KH"))
			.date(LocalDate.of(2026, 2, 5))
			.title("Kế hoạch", "Mở lớp bồi dưỡng nghiệp vụ công tác đảng")
			.add(Block.paragraph("Kế hoạch học tập của học viên."))
			.recipients("Như trên,", "Lưu: VT.");
	}

}
