package vn.boiduong.organization;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import vn.boiduong.shared.document.DocumentFormat;
import vn.boiduong.shared.document.DocumentIssuer;
import vn.boiduong.shared.document.SigningBlock;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Issue 8, item 3: the issuer of a paper is data of the unit, with the defaults of its kind. */
@IntegrationTest
class DocumentIssuersTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	@Autowired
	OrgUnitService units;

	@Autowired
	DocumentIssuers issuers;

	@Test
	void aDistrictBoardPrintsUnderItsCommitteeWithTheBoardsSymbolAndItsHead() {
		OrgUnitView board = unit("AP.BTG");

		DocumentIssuer issuer = this.issuers.issuerOf(board.id(), TODAY);

		assertThat(issuer.superiorName()).isEqualTo("Huyện ủy An Phú");
		assertThat(issuer.name()).isEqualTo("Ban Tuyên giáo");
		assertThat(issuer.fullName()).isEqualTo("Ban Tuyên giáo Huyện ủy An Phú");
		assertThat(issuer.format()).isEqualTo(DocumentFormat.PARTY);
		assertThat(issuer.numberLine("KH", 12)).isEqualTo("Số 12-KH/BTGHU");
		assertThat(issuer.placeName()).isEqualTo("An Phú");
		assertThat(issuer.signing()).isEqualTo(new SigningBlock("", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"));
	}

	@Test
	void aDistrictCommitteePrintsUnderTheProvincesPartyOrganization() {
		DocumentIssuer issuer = this.issuers.issuerOf(unit("AP").id(), TODAY);

		assertThat(issuer.superiorName()).isEqualTo("Đảng bộ tỉnh Mẫu");
		assertThat(issuer.name()).isEqualTo("Huyện ủy An Phú");
		assertThat(issuer.numberLine("KH", 3)).isEqualTo("Số 3-KH/HU");
		assertThat(issuer.signing().mandate()).isEqualTo("T/M BAN THƯỜNG VỤ");
	}

	@Test
	void aWardCommitteeSignsOnBehalfOfItsCommitteeWithTheSymbolDU() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		OrgUnitView ward = this.units.create(OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy phường Tân Hòa " + suffix, null,
				unit("TINH").id(), LocalDate.of(2025, 7, 1));

		DocumentIssuer issuer = this.issuers.issuerOf(ward.id(), TODAY);

		assertThat(issuer.superiorName()).isEqualTo("Đảng bộ tỉnh Mẫu");
		assertThat(issuer.name()).isEqualTo("Đảng ủy phường Tân Hòa " + suffix);
		assertThat(issuer.numberLine("KH", 7)).isEqualTo("Số 7-KH/ĐU");
		assertThat(issuer.placeName()).isEqualTo("Tân Hòa " + suffix);
		assertThat(issuer.signing()).isEqualTo(new SigningBlock("T/M ĐẢNG ỦY", "BÍ THƯ", "PHÓ BÍ THƯ"));
	}

	@Test
	void theProvincialSchoolWritesInTheStateFormatUnderTheProvincialCommittee() {
		OrgUnitView school = this.units.create(OrgUnitKind.POLITICAL_SCHOOL, "Trường Chính trị tỉnh Mẫu", null,
				unit("TINH").id(), LocalDate.of(2025, 7, 1));

		DocumentIssuer issuer = this.issuers.issuerOf(school.id(), TODAY);

		assertThat(issuer.format()).isEqualTo(DocumentFormat.STATE);
		assertThat(issuer.superiorName()).isEqualTo("Tỉnh ủy Mẫu");
		assertThat(issuer.name()).isEqualTo("Trường Chính trị tỉnh");
		assertThat(issuer.numberLine("KH", 12)).isEqualTo("Số: 12/KH-TCT");
		assertThat(issuer.placeName()).isEqualTo("Mẫu");
		assertThat(issuer.signature(true, "Võ Văn Kiệt").capacity()).isEqualTo("KT. HIỆU TRƯỞNG");
	}

	@Test
	void aSavedProfileIsWhatThePapersPrintAndAStaleSaveIsAConflict() {
		OrgUnitView centre = this.units.create(OrgUnitKind.POLITICAL_CENTRE,
				"Trung tâm Chính trị thử " + UUID.randomUUID().toString().substring(0, 6), null, unit("BS").id(),
				LocalDate.of(2021, 1, 1));
		assertThat(this.issuers.profile(centre.id()).stored()).isFalse();

		DocumentProfileView saved = this.issuers.saveProfile(centre.id(), null, new DocumentProfileDetails("TTCTBS",
				DocumentFormat.PARTY, "", "Trung tâm Chính trị", "", "Giám đốc", "Phó Giám đốc", "Đinh Văn Hòa", "Bình Sơn"));

		DocumentIssuer issuer = this.issuers.issuerOf(centre.id(), TODAY);
		assertThat(issuer.numberLine("KH", 5)).isEqualTo("Số 5-KH/TTCTBS");
		assertThat(issuer.superiorName()).as("left empty: from the tree").isEqualTo("Huyện ủy Bình Sơn");
		assertThat(issuer.name()).isEqualTo("Trung tâm Chính trị");
		assertThat(issuer.signature(false, null).signerName()).isEqualTo("Đinh Văn Hòa");
		assertThat(issuer.signature(true, "Lý Thị Mai").capacity()).isEqualTo("K/T Giám đốc");

		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class).isThrownBy(() -> this.issuers
			.saveProfile(centre.id(), null, new DocumentProfileDetails("X", DocumentFormat.PARTY, null, null, null,
					"Giám đốc", "Phó Giám đốc", null, "Bình Sơn")));
		this.issuers.saveProfile(centre.id(), saved.version(), new DocumentProfileDetails("TTCT", DocumentFormat.PARTY,
				null, null, null, "Giám đốc", "Phó Giám đốc", null, "Bình Sơn"));
		assertThat(this.issuers.issuerOf(centre.id(), TODAY).symbol()).isEqualTo("TTCT");
	}

	private OrgUnitView unit(String shortName) {
		return this.units.tree().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow();
	}

}
