package vn.boiduong.course.web;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.course.CourseService;
import vn.boiduong.curriculum.CurriculumService;
import vn.boiduong.organization.Capacity;
import vn.boiduong.organization.CommitteeCapacities;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.document.PartyDocumentPdf;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 8, item 3: the plan prints in its issuer's format, with the issuer's names, symbol, place and
 * signing block, read back from the PDF: a district board, a ward committee, the provincial school.
 */
@IntegrationTest
@WithUserDetails("anphu.tuyengiao")
class PlanPapersPerIssuerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseService courses;

	@Autowired
	CurriculumService curriculum;

	@Autowired
	OrgUnitService units;

	@Autowired
	CoursePlanDocuments documents;

	@Autowired
	CommitteeCapacities capacities;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDistrictBoardsPlanPrintsInThePartyFormatWithTheBoardsSymbolAndItsHeadsBlock() throws Exception {
		String text = text(this.mvc.perform(get("/courses/{id}/plan.pdf", demoCourse()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), "plan-district-board.pdf");

		assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY AN PHÚ", "BAN TUYÊN GIÁO", "Số -KH/BTGHU",
				"An Phú, ngày", "Ban Tuyên giáo Huyện ủy An Phú xây dựng Kế hoạch", "TRƯỞNG BAN",
				"Ban Tuyên giáo Tỉnh ủy (b/c)", "Ban Tổ chức Huyện ủy An Phú, Văn phòng Huyện ủy An Phú",
				"tham mưu Ban Thường vụ Huyện ủy An Phú", "Lưu Ban Tuyên giáo.", lesson1())
			.doesNotContain("CỘNG HÒA", "K/T");
	}

	@Test
	void aWardCommitteeWithoutABoardPlansItselfAndSignsOnBehalfOfTheCommittee() throws Exception {
		OrgUnitView ward = ward("Đảng ủy phường Tân An", false);
		OrgUnitView office = this.units.openUnitsOfKindWithin(ward.id(), OrgUnitKind.COMMITTEE_OFFICE).get(0);
		CoursePlanDocuments.PlanParties parties = this.documents.planParties(ward.id(), centre("AP").id());
		assertThat(parties.planningBodyId()).isEqualTo(ward.id());
		assertThat(parties.concurringBodyIds()).containsExactly(office.id());

		String text = text(PartyDocumentPdf.render(this.documents.plan(this.courses.page(demoCourse()), parties)),
				"plan-ward.pdf");

		assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ TỈNH MẪU", upper(ward.name()), "Số -KH/ĐU",
				"T/M ĐẢNG ỦY", "BÍ THƯ", office.name(), lesson1())
			.doesNotContain("BTGHU", "CỘNG HÒA");
	}

	@Test
	void aWardThatNamesItsPartyBuildingBoardAsPlanningBodyHasItIssueThePlan() {
		OrgUnitView ward = ward("Đảng ủy xã Bình An", true);
		OrgUnitView board = this.units.openUnitsOfKindWithin(ward.id(), OrgUnitKind.PARTY_BUILDING_BOARD).get(0);
		// by default the ward plans itself; from the day the administrator names the board, the board does
		this.capacities.rowsOf(ward.id())
			.stream()
			.filter(r -> r.capacity() == Capacity.PLANNING_BODY)
			.forEach(r -> this.capacities.end(r.id(), LocalDate.of(2025, 12, 31)));
		this.capacities.assign(ward.id(), Capacity.PLANNING_BODY, board.id(), LocalDate.of(2026, 1, 1));

		assertThat(this.documents.planParties(ward.id(), null, LocalDate.of(2026, 2, 1)).planningBodyId())
			.isEqualTo(board.id());
		assertThat(this.documents.planParties(ward.id(), null, LocalDate.of(2025, 8, 1)).planningBodyId())
			.isEqualTo(ward.id());
	}

	@Test
	void aSpecialZonesOwnPropagandaBoardPlansItsCoursesAndTheProvincesBoardReviewsThem() {
		OrgUnitView zone = ward("Đảng ủy đặc khu Hòn Mẫu", false);
		OrgUnitView zoneBoard = this.units.create(OrgUnitKind.PROPAGANDA_MASS_MOBILIZATION_BOARD,
				"Ban Tuyên giáo và Dân vận " + zone.name(), null, zone.id(), LocalDate.of(2025, 7, 1));
		OrgUnitView provinceBoard = this.units.tree().stream().filter(u -> "TINH.BTG".equals(u.shortName())).findFirst()
			.orElseThrow();

		CoursePlanDocuments.PlanParties parties = this.documents.planParties(zone.id(), null);

		assertThat(parties.planningBodyId()).isEqualTo(zoneBoard.id());
		assertThat(parties.reviewingBodyId()).isEqualTo(provinceBoard.id());
	}

	@Test
	void theProvincialSchoolsPlanPrintsInTheStateFormat() throws Exception {
		OrgUnitView ward = ward("Đảng ủy phường Tân Phú", false);
		OrgUnitView school = this.units.create(OrgUnitKind.POLITICAL_SCHOOL, "Trường Chính trị tỉnh Mẫu", null,
				province().id(), LocalDate.of(2025, 7, 1));
		var parties = new CoursePlanDocuments.PlanParties(ward.id(), school.id(), List.of(), school.id(), null);

		String text = text(PartyDocumentPdf.render(this.documents.plan(this.courses.page(demoCourse()), parties)),
				"plan-school.pdf");

		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "TỈNH ỦY MẪU",
				"TRƯỜNG CHÍNH TRỊ TỈNH", "Số: /KH-TCT", "Mẫu, ngày", "HIỆU TRƯỞNG", "Lưu: VT.", lesson1())
			.doesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM", "BTGHU");
	}

	/** In Bình Sơn and in the past: the one course these tests create stays off An Phú's lists and their first pages. */
	@Test
	@WithUserDetails("binhson.tuyengiao")
	void thePlanFormOffersTheBoardsTitlesAndKeepsTheSignerItIsGiven() throws Exception {
		this.mvc.perform(get("/courses/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"signerName\"")))
			.andExpect(content().string(containsString("Người đứng đầu ký (TRƯỞNG BAN)")))
			.andExpect(content().string(containsString("Cấp phó ký thay người đứng đầu (K/T, PHÓ TRƯỞNG BAN)")));

		String name = "Lớp thử người ký " + UUID.randomUUID().toString().substring(0, 8);
		var result = this.mvc.perform(post("/courses").with(csrf())
			.param("organizingUnitId", String.valueOf(district("BS").id()))
			.param("name", name)
			.param("politicalCentreUnitId", String.valueOf(centre("BS").id()))
			.param("plannedOpening", "2021-06-02")
			.param("plannedClosing", "2021-06-05")
			.param("mode", "CONCENTRATED")
			.param("delivery", "IN_PERSON")
			.param("expectedLearners", "40")
			.param("signerName", "Phạm Thị Thu")
			.param("signsAsDeputy", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Long id = Long.valueOf(result.getResponse().getRedirectedUrl().replace("/courses/", ""));
		this.mvc.perform(get("/courses/{id}", id))
			.andExpect(content().string(containsString("Phạm Thị Thu (cấp phó ký thay, K/T)")));
		this.mvc.perform(get("/courses/{id}/edit", id))
			.andExpect(content().string(containsString("value=\"Phạm Thị Thu\"")))
			.andExpect(content().string(containsString("value=\"true\" selected=\"selected\"")));
		String text = text(this.mvc.perform(get("/courses/{id}/plan.pdf", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), "plan-form-signer.pdf");
		assertThat(text).contains("K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN Phạm Thị Thu");
	}

	/** The demo course "năm 2026 – đợt 2" of An Phú, sent for opinions by anphu.tuyengiao; read, never changed. */
	private Long demoCourse() {
		return this.jdbc.queryForObject("select id from course where name like '%năm 2026 – đợt 2'", Long.class);
	}

	private OrgUnitView ward(String name, boolean withBoard) {
		String unique = name + " " + UUID.randomUUID().toString().substring(0, 4);
		OrgUnitView ward = this.units.create(OrgUnitKind.COMMUNE_COMMITTEE, unique, null, province().id(),
				LocalDate.of(2025, 7, 1));
		this.units.create(OrgUnitKind.COMMITTEE_OFFICE, "Văn phòng " + unique, null, ward.id(), LocalDate.of(2025, 7, 1));
		if (withBoard) {
			this.units.create(OrgUnitKind.PARTY_BUILDING_BOARD, "Ban Xây dựng Đảng " + unique, null, ward.id(),
					LocalDate.of(2025, 7, 1));
		}
		return ward;
	}

	private OrgUnitView province() {
		return district("TINH");
	}

	private OrgUnitView district(String shortName) {
		return this.units.tree().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow();
	}

	private OrgUnitView centre(String district) {
		return this.units.openUnitsOfKindWithin(district(district).id(), OrgUnitKind.POLITICAL_CENTRE).get(0);
	}

	private String lesson1() {
		return "Bài 1: " + this.curriculum.lessons(this.curriculum.currentProgram().id())
			.stream()
			.filter(l -> l.number() == 1)
			.findFirst()
			.orElseThrow()
			.title();
	}

	private static String upper(String text) {
		return text.toUpperCase(java.util.Locale.forLanguageTag("vi"));
	}

	/** The paper's text with runs of white space as one space, kept in target/documents to look at. */
	private static String text(byte[] pdf, String keepAs) throws IOException {
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", keepAs), pdf);
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
		}
		String all = text.toString().replaceAll("\\s+", " ");
		assertThat(Normalizer.isNormalized(all, Normalizer.Form.NFC)).as("letters precomposed").isTrue();
		return all;
	}

}
