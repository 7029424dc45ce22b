package vn.boiduong.learner.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.learner.VietnameseNames;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The registry's search by the beginnings of the name's words (V91: one row per word of a learner's name,
 * kept by the database): the typed words in any order, each learner once, the words following a renamed or
 * moved learner, and a district seeing only its own learners.
 */
@IntegrationTest
class LearnerSearchTests {

	private static final Pattern LISTED = Pattern.compile("<td><span>([^<>]+)</span>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Test
	void everyTypedWordBeginsAWordOfTheNameInAnyOrder() throws Exception {
		String tag = tag();
		Long bich = register("Trần Thị Bích " + tag, "Chi bộ ấp 3 xã An Bình");
		register("Trần Văn Bình " + tag, "Chi bộ ấp 3 xã An Bình");

		assertThat(search("anphu.tochuc", "bi tr " + tag)).containsExactly("Trần Thị Bích " + tag,
				"Trần Văn Bình " + tag);
		assertThat(search("anphu.tochuc", tag + " THỊ bí")).containsExactly("Trần Thị Bích " + tag);
		assertThat(search("anphu.tochuc", tag.substring(0, 5) + " bich tran thi")).containsExactly("Trần Thị Bích " + tag);
		assertThat(search("anphu.tochuc", tag + " ich")).as("a word's middle is not its beginning").isEmpty();
		assertThat(search("anphu.tochuc", tag + " tranthi")).isEmpty();
		assertThat(search("anphu.tochuc", tag + " thi%")).as("% is a letter typed, not a pattern").isEmpty();
		assertThat(search("anphu.tochuc", tag + " t_i")).isEmpty();
		assertThat(this.jdbc.queryForList("select word from learner_name_word where learner_id = ? order by word",
				String.class, bich))
			.containsExactlyInAnyOrder("bich", tag, "thi", "tran");
	}

	@Test
	void aLearnerTwoOfWhoseWordsTheTypedWordBeginsIsListedAndCountedOnce() throws Exception {
		String tag = tag();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 35; i++) {
			String name = "Lê " + tag + "a " + tag + "b " + (char) ('A' + i % 26) + i;
			names.add(name);
			register(name, "Chi bộ ấp 3 xã An Bình");
		}
		String first = html("anphu.tochuc", tag, 0);
		assertThat(first).contains(">35 học viên<", "Trang 1/2 (35 mục)");
		List<String> listed = new ArrayList<>(listed(first));
		listed.addAll(listed(html("anphu.tochuc", tag, 1)));
		assertThat(listed).hasSize(35).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(names);
		// and by the second of the two words
		assertThat(html("anphu.tochuc", tag + "b", 0)).contains(">35 học viên<");
		assertThat(html("anphu.tochuc", tag + "a " + tag + "b", 0)).contains(">35 học viên<");
	}

	@Test
	void theWordsFollowANameChangeAndAMoveToAnotherPartyOrganization() throws Exception {
		String tag = tag();
		Long id = register("Phạm Văn Cũ " + tag, "Chi bộ ấp 3 xã An Bình");
		assertThat(search("anphu.tochuc", "cu " + tag)).containsExactly("Phạm Văn Cũ " + tag);

		String renamed = "Phạm Thị Mới " + tag;
		this.jdbc.update("update learner set full_name = ?, given_name = ?, search_name = ? where id = ?", renamed,
				VietnameseNames.givenName(renamed), VietnameseNames.searchKey(renamed), id);
		assertThat(search("anphu.tochuc", "cu " + tag)).isEmpty();
		assertThat(search("anphu.tochuc", "van " + tag)).isEmpty();
		assertThat(search("anphu.tochuc", "moi thi " + tag)).containsExactly(renamed);

		this.jdbc.update("update learner set party_organization_id = ? where id = ?",
				organization("Chi bộ ấp 1 xã Bình Hòa"), id);
		assertThat(search("anphu.tochuc", "moi " + tag)).as("moved to another district").isEmpty();
		assertThat(search("binhson.tuyengiao", "moi " + tag)).containsExactly(renamed);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from learner_name_word where learner_id = ? and party_organization_id = ?",
				Integer.class, id, organization("Chi bộ ấp 1 xã Bình Hòa")))
			.isEqualTo(4);

		this.jdbc.update("delete from learner where id = ?", id);
		assertThat(this.jdbc.queryForObject("select count(*) from learner_name_word where learner_id = ?", Integer.class,
				id))
			.isZero();
	}

	@Test
	void aDistrictSeesOnlyItsLearnersAndTheProvinceSeesThemAll() throws Exception {
		String tag = tag();
		register("Võ Thị Hạnh " + tag, "Chi bộ ấp 1 xã Bình Hòa");
		register("Võ Văn Hùng " + tag, "Chi bộ ấp 3 xã An Bình");

		assertThat(search("binhson.tuyengiao", "vo " + tag)).containsExactly("Võ Thị Hạnh " + tag);
		assertThat(search("anphu.tochuc", "vo " + tag)).containsExactly("Võ Văn Hùng " + tag);
		assertThat(search("tinh.tuyengiao", "vo " + tag)).containsExactly("Võ Thị Hạnh " + tag, "Võ Văn Hùng " + tag);
		assertThat(search("binhson.tuyengiao", tag)).containsExactly("Võ Thị Hạnh " + tag);
	}

	@Test
	void withoutATextTheProvinceAndADistrictListTheirLearnersInTheVietnameseOrder() throws Exception {
		String tag = tag();
		register("Ngô Thị Ánh " + tag, "Chi bộ ấp 1 xã Bình Hòa");
		for (String username : List.of("tinh.tuyengiao", "anphu.tochuc", "binhson.tuyengiao")) {
			String html = html(username, "", 0);
			List<String> listed = listed(html);
			assertThat(listed).as(username).isNotEmpty();
			java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
			assertThat(listed.stream().map(VietnameseNames::givenName).toList()).as(username)
				.isSortedAccordingTo(vietnamese::compare);
		}
	}

	private List<String> search(String username, String q) throws Exception {
		return listed(html(username, q, 0));
	}

	private String html(String username, String q, int page) throws Exception {
		return this.mvc
			.perform(get("/learners").param("q", q)
				.param("page", String.valueOf(page))
				.with(user(this.users.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The names the page lists, in its order. */
	private static List<String> listed(String html) {
		List<String> names = new ArrayList<>();
		Matcher m = LISTED.matcher(html);
		while (m.find()) {
			names.add(m.group(1).strip());
		}
		return names;
	}

	private Long register(String name, String organization) {
		return this.jdbc.queryForObject("""
				insert into learner (full_name, given_name, search_name, birth_date, gender, party_organization_id, position,
				  registered_by_unit_id)
				values (?, ?, ?, date '1980-01-01', 'MALE', ?, 'PARTY_CELL_SECRETARY', ?) returning id""", Long.class, name,
				VietnameseNames.givenName(name), VietnameseNames.searchKey(name), organization(organization),
				organization("Huyện ủy An Phú"));
	}

	private Long organization(String name) {
		return this.jdbc.queryForObject("select id from org_unit where name = ?", Long.class, name);
	}

	/** A word of its own for each test's names (letters, so that no other name's word begins with it). */
	private static String tag() {
		StringBuilder tag = new StringBuilder("zq");
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			tag.append((char) ('a' + Character.digit(c, 16)));
		}
		return tag.toString();
	}

}
