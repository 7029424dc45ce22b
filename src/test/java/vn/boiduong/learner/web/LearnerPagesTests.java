package vn.boiduong.learner.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.boiduong.learner.LearnerListFiles;
import vn.boiduong.learner.LearnerRegistry;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organization board imports a learner list through the pages: a file with bad rows imports nothing
 * and names every bad row; a good one is previewed, then confirmed once. The registry finds names typed
 * without diacritics, in the Vietnamese order, and shows no other district's learners.
 */
@IntegrationTest
class LearnerPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithUserDetails("anphu.tochuc")
	void aListWithBadRowsImportsNothingAndAGoodOneIsPreviewedThenImportedOnce() throws Exception {
		Long unit = anPhu();
		byte[] template = this.mvc.perform(get("/learners/import/template").param("unit", unit.toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String first = "Nguyễn Thị Ánh " + tag;
		String second = "Trần Văn Bình " + tag;

		byte[] bad = LearnerListFiles.fill(template, new Object[][] {
				{ 1, first, "19/05/1980", "Nữ", "Kinh", "Chi bộ ấp 1 xã An Bình", "Bí thư chi bộ", "", "", "" },
				{ 2, "", "01/02/1975", "Nam", "", "Chi bộ ấp 2 xã An Bình", "Chi ủy viên", "", "", "" },
				{ 3, second, "01/02/2999", "Nam", "", "Chi bộ Bệnh viện đa khoa Bình Sơn", "Chi ủy viên", "", "", "" } });
		this.mvc.perform(multipart("/learners/import").file(file(bad)).param("unit", unit.toString()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-problems\"")))
			.andExpect(content().string(containsString("Không được để trống.")))
			.andExpect(content().string(containsString("Ngày ở tương lai.")))
			.andExpect(content().string(containsString("Không tìm thấy tổ chức đảng “Chi bộ Bệnh viện đa khoa Bình Sơn”")));
		assertThat(count(tag)).as("nothing imported from a file with bad rows").isZero();

		byte[] good = LearnerListFiles.fill(template, new Object[][] {
				{ 1, first, "19/05/1980", "Nữ", "Kinh", "Chi bộ ấp 1 xã An Bình", "Bí thư chi bộ", "", "", "" },
				{ 2, second, "01/02/1975", "nam", "", "chi bo ap 2 xa an binh", "Chi ủy viên", "", "", "0912345678" } });
		MvcResult uploaded = this.mvc
			.perform(multipart("/learners/import").file(file(good)).param("unit", unit.toString()).with(csrf()))
			.andExpect(redirectedUrlPattern("/learners/import/*"))
			.andReturn();
		String preview = uploaded.getResponse().getRedirectedUrl();
		this.mvc.perform(get(preview))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(containsString("2 học viên mới")));
		assertThat(count(tag)).as("nothing imported before the confirmation").isZero();

		this.mvc.perform(post(preview).with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(post(preview).with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(count(tag)).as("imported once, though confirmed twice").isEqualTo(2);
	}

	@Test
	@WithUserDetails("anphu.tochuc")
	void aListImportedInOneBatchFindsTheSamePeopleAsRowByRow() throws Exception {
		Long unit = anPhu();
		byte[] template = this.mvc.perform(get("/learners/import/template").param("unit", unit.toString()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String card = "T" + tag;
		byte[] first = LearnerListFiles.fill(template, new Object[][] {
				{ 1, "Lê Văn Card " + tag, "01/01/1970", "Nam", "", "Chi bộ ấp 1 xã An Bình", "Chi ủy viên", "", card, "" },
				{ 2, "Phạm Thị Tên " + tag, "02/02/1972", "Nữ", "", "Chi bộ ấp 2 xã An Bình", "Chi ủy viên", "", "", "" } });
		String preview = this.mvc
			.perform(multipart("/learners/import").file(file(first)).param("unit", unit.toString()).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(post(preview).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(count(tag)).isEqualTo(2);

		// by the card (another name), by the name, birth date and party organization (typed without diacritics),
		// and one new person listed twice: one learner more
		byte[] second = LearnerListFiles.fill(template, new Object[][] {
				{ 1, "Lê Văn Khác " + tag, "03/03/1973", "Nam", "", "Chi bộ ấp 1 xã An Bình", "Chi ủy viên", "", card.toLowerCase(), "" },
				{ 2, "Pham Thi Ten " + tag, "02/02/1972", "Nữ", "", "Chi bộ ấp 2 xã An Bình", "Chi ủy viên", "", "", "" },
				{ 3, "Võ Văn Mới " + tag, "04/04/1974", "Nam", "", "Chi bộ ấp 1 xã An Bình", "Chi ủy viên", "", "", "" },
				{ 4, "Võ Văn Mới " + tag, "04/04/1974", "Nam", "", "Chi bộ ấp 1 xã An Bình", "Bí thư chi bộ", "", "", "" } });
		preview = this.mvc
			.perform(multipart("/learners/import").file(file(second)).param("unit", unit.toString()).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(preview)).andExpect(content().string(containsString("2 học viên mới")));
		this.mvc.perform(post(preview).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(count(tag)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select count(*) from learner where full_name = ?", Integer.class,
				"Võ Văn Mới " + tag)).isEqualTo(1);
	}

	@Test
	@WithUserDetails("anphu.tochuc")
	void theRegistryFindsANameTypedWithoutDiacriticsInTheVietnameseOrder() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Long organization = this.jdbc.queryForObject("select id from org_unit where name = 'Chi bộ ấp 3 xã An Bình'", Long.class);
		for (String name : List.of("Đặng " + tag + " Zung", "Lê " + tag + " Ánh", "Nguyễn " + tag + " An",
				"Phạm " + tag + " Đào")) {
			register(name, organization);
		}
		this.mvc.perform(get("/learners").param("q", "NGUYEN " + tag))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nguyễn " + tag + " An")))
			.andExpect(content().string(not(containsString("Lê " + tag + " Ánh"))));

		String all = this.mvc.perform(get("/learners").param("q", tag)).andReturn().getResponse().getContentAsString();
		assertThat(List.of(all.indexOf(tag + " An<"), all.indexOf(tag + " Ánh<"), all.indexOf(tag + " Đào<"),
				all.indexOf(tag + " Zung<")))
			.as("by given name, the Vietnamese way: An, Ánh, Đào, Zung")
			.doesNotContain(-1)
			.isSorted();
	}

	@Test
	@WithUserDetails("binhson.tuyengiao")
	void anotherDistrictSeesNoneOfTheLearnersAndCannotUseItsTemplate() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Long organization = this.jdbc.queryForObject("select id from org_unit where name = 'Chi bộ ấp 1 xã Phú Thạnh'", Long.class);
		register("Võ Thị Hạnh " + tag, organization);

		this.mvc.perform(get("/learners").param("q", tag))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Võ Thị Hạnh"))));
		this.mvc.perform(get("/learners/import/template").param("unit", anPhu().toString())).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("anphu.tochuc")
	void aSearchMatchingMoreLearnersThanItCountsSaysSoAndOffersThePagesUpToTheCap() throws Exception {
		String tag = "cap" + UUID.randomUUID().toString().substring(0, 6);
		Long organization = this.jdbc.queryForObject("select id from org_unit where name = 'Chi bộ ấp 3 xã An Bình'", Long.class);
		List<Object[]> rows = new java.util.ArrayList<>();
		for (int i = 0; i <= LearnerRegistry.COUNT_CAP; i++) {
			String name = "Lê " + tag + " " + i + " Zzz";
			rows.add(new Object[] { name, vn.boiduong.learner.VietnameseNames.givenName(name),
					vn.boiduong.learner.VietnameseNames.searchKey(name), organization, anPhu() });
		}
		this.jdbc.batchUpdate("""
				insert into learner (full_name, given_name, search_name, birth_date, gender, party_organization_id, position,
				  registered_by_unit_id)
				values (?, ?, ?, date '1980-01-01', 'MALE', ?, 'PARTY_CELL_SECRETARY', ?)""", rows);

		// 1,001 match: more than the 1,000 counted, said so, and no number of learners that would be wrong
		this.mvc.perform(get("/learners").param("q", tag))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hơn 1.000 học viên khớp — gõ thêm họ tên để thu hẹp.")))
			.andExpect(content().string(not(containsString("1.001"))))
			.andExpect(content().string(not(containsString("1001"))))
			.andExpect(content().string(containsString("Trang 1/34 (hơn 1.000 mục)")));
		// the last page up to the cap, and no page past it
		this.mvc.perform(get("/learners").param("q", tag).param("page", "33"))
			.andExpect(content().string(containsString("Trang 34/34 (hơn 1.000 mục)")));
		this.mvc.perform(get("/learners").param("q", tag).param("page", "40"))
			.andExpect(content().string(containsString("Trang 34/34 (hơn 1.000 mục)")));
		// below the cap the exact count: 1, 10–19, 100–199 and 1000
		this.mvc.perform(get("/learners").param("q", tag + " 1"))
			.andExpect(content().string(containsString(">112 học viên<")))
			.andExpect(content().string(containsString("Trang 1/4 (112 mục)")));
	}

	@Test
	@WithUserDetails("anphu.tochuc")
	void theDemoLearnersOfTheDistrictAreInItsRegistryAndNoOthers() throws Exception {
		this.mvc.perform(get("/learners").param("q", "nguyen thi anh"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Nguyễn Thị Ánh<")));
		this.mvc.perform(get("/learners").param("q", "phan thi yen"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-learners\"")));
	}

	@Test
	@WithUserDetails("anphu.giangvien")
	void aLecturerDoesNotReadTheRegistry() throws Exception {
		this.mvc.perform(get("/learners")).andExpect(status().isForbidden());
		this.mvc.perform(get("/")).andExpect(content().string(not(containsString("href=\"/learners\""))));
	}

	private void register(String name, Long organization) {
		this.jdbc.update("""
				insert into learner (full_name, given_name, search_name, birth_date, gender, party_organization_id, position,
				  registered_by_unit_id)
				values (?, ?, ?, date '1980-01-01', 'MALE', ?, 'PARTY_CELL_SECRETARY', ?)""", name,
				vn.boiduong.learner.VietnameseNames.givenName(name),
				vn.boiduong.learner.VietnameseNames.searchKey(name), organization, anPhu());
	}

	private Long anPhu() {
		return this.jdbc.queryForObject("select id from org_unit where name = 'Huyện ủy An Phú'", Long.class);
	}

	private long count(String tag) {
		Long n = this.jdbc.queryForObject("select count(*) from learner where full_name like ?", Long.class, "% " + tag);
		return n == null ? 0 : n;
	}

	private static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "danh-sach.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
	}

}
