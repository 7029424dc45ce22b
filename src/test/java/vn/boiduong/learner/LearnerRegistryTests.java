package vn.boiduong.learner;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.shared.RuleViolationException;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One person is one learner: the same person is found before anyone registers them again. */
@IntegrationTest
class LearnerRegistryTests {

	@Autowired
	LearnerRegistry registry;

	@Autowired
	OrgUnitService units;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSamePersonIsFoundByPartyCardElseByNameBirthDateAndOrganization() {
		Long organization = grassrootsOrganization();
		String card = "T" + UUID.randomUUID().toString().substring(0, 8);
		String name = "Nguyễn Thị Ánh " + UUID.randomUUID().toString().substring(0, 4);
		LearnerView registered = this.registry.register(details(name, LocalDate.of(1980, 5, 19), organization, card),
				organization);

		assertThat(this.registry.findSamePerson(details("Another Name", LocalDate.of(1990, 1, 1), organization,
				card.toLowerCase())))
			.hasValueSatisfying(match -> {
				assertThat(match.learnerId()).isEqualTo(registered.id());
				assertThat(match.matchedBy()).isEqualTo(LearnerRegistry.MatchedBy.PARTY_CARD);
				assertThat(match.birthYear()).isEqualTo(1980);
			});
		assertThat(this.registry.findSamePerson(details(VietnameseNames.searchKey(name).toUpperCase(),
				LocalDate.of(1980, 5, 19), organization, null)))
			.hasValueSatisfying(match -> assertThat(match.matchedBy())
				.isEqualTo(LearnerRegistry.MatchedBy.NAME_BIRTH_DATE_ORGANIZATION));
		assertThat(this.registry.findSamePerson(details(name, LocalDate.of(1980, 5, 20), organization, null)))
			.as("another birth date is another person")
			.isEmpty();
	}

	@Test
	void aPartyCardNumberNamesOneLearnerOnly() {
		Long organization = grassrootsOrganization();
		String card = "C" + UUID.randomUUID().toString().substring(0, 8);
		this.registry.register(details("Trần Văn Bình", LocalDate.of(1975, 2, 1), organization, card), organization);
		Integer before = this.jdbc.queryForObject("select count(*) from learner", Integer.class);

		assertThatThrownBy(() -> this.registry.register(details("Lê Văn Cường", LocalDate.of(1976, 3, 1), organization,
				card.toLowerCase()), organization))
			.isInstanceOf(RuleViolationException.class);

		assertThat(this.jdbc.queryForObject("select count(*) from learner", Integer.class)).isEqualTo(before);
	}

	@Test
	void theRegistryKeepsTheNameComposedWithItsGivenNameAndSearchKey() {
		Long organization = grassrootsOrganization();
		LearnerView learner = this.registry.register(
				details(" Đặng  Văn Đức ", LocalDate.of(1982, 7, 7), organization, null), organization);

		assertThat(learner.fullName()).isEqualTo("Đặng Văn Đức");
		assertThat(this.jdbc.queryForMap("select given_name, search_name from learner where id = ?", learner.id()))
			.containsEntry("given_name", "Đức")
			.containsEntry("search_name", "dang van duc");
	}

	private Long grassrootsOrganization() {
		return this.units.tree().stream().filter(u -> u.kind() == OrgUnitKind.GRASSROOTS_ORGANIZATION).findFirst()
			.orElseThrow().id();
	}

	private static LearnerDetails details(String name, LocalDate birth, Long organization, String card) {
		return new LearnerDetails(name, birth, Gender.FEMALE, "Kinh", organization, LearnerPosition.PARTY_CELL_SECRETARY,
				null, card, null);
	}

}
