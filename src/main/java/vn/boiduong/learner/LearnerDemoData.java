package vn.boiduong.learner;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.boiduong.demo.DemoMode;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.StartupTask;

/**
 * Demo learners: the branch secretaries and committee members of the demo districts' party cells and
 * grassroots organizations, registered by each district's organization board, so that the registry and
 * its search show something on the first start.
 */
@Component
@DemoMode
@Order(30)
class LearnerDemoData implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(LearnerDemoData.class);

	/** Full name, gender, birth date, position, party card number (or null). */
	private record Person(String name, Gender gender, LocalDate birth, LearnerPosition position, String card) {
	}

	private static final List<Person> AN_PHU = List.of(
			new Person("Nguyễn Thị Ánh", Gender.FEMALE, LocalDate.of(1980, 5, 19), LearnerPosition.PARTY_CELL_SECRETARY, "01203456"),
			new Person("Trần Văn Bình", Gender.MALE, LocalDate.of(1975, 2, 1), LearnerPosition.PARTY_CELL_SECRETARY, "01203457"),
			new Person("Lê Văn Cường", Gender.MALE, LocalDate.of(1982, 11, 3), LearnerPosition.PARTY_CELL_DEPUTY_SECRETARY, null),
			new Person("Phạm Thị Dung", Gender.FEMALE, LocalDate.of(1988, 7, 14), LearnerPosition.PARTY_CELL_COMMITTEE_MEMBER, null),
			new Person("Hoàng Văn Đức", Gender.MALE, LocalDate.of(1979, 9, 9), LearnerPosition.PARTY_CELL_SECRETARY, "01203460"),
			new Person("Võ Thị Hạnh", Gender.FEMALE, LocalDate.of(1990, 3, 27), LearnerPosition.PARTY_CELL_DEPUTY_SECRETARY, null),
			new Person("Đặng Văn Hùng", Gender.MALE, LocalDate.of(1973, 12, 30), LearnerPosition.GRASSROOTS_COMMITTEE_MEMBER, "01203462"),
			new Person("Bùi Thị Lan", Gender.FEMALE, LocalDate.of(1985, 1, 8), LearnerPosition.PARTY_CELL_SECRETARY, null),
			new Person("Đỗ Văn Minh", Gender.MALE, LocalDate.of(1977, 6, 21), LearnerPosition.GRASSROOTS_DEPUTY_SECRETARY, "01203464"),
			new Person("Ngô Thị Ngọc", Gender.FEMALE, LocalDate.of(1992, 10, 2), LearnerPosition.PARTY_CELL_COMMITTEE_MEMBER, null),
			new Person("Dương Văn Phúc", Gender.MALE, LocalDate.of(1984, 4, 16), LearnerPosition.PARTY_CELL_SECRETARY, null),
			new Person("Lý Thị Quỳnh", Gender.FEMALE, LocalDate.of(1987, 8, 5), LearnerPosition.PARTY_CELL_DEPUTY_SECRETARY, null));

	private static final List<Person> BINH_SON = List.of(
			new Person("Huỳnh Văn Sơn", Gender.MALE, LocalDate.of(1978, 2, 11), LearnerPosition.PARTY_CELL_SECRETARY, "02305671"),
			new Person("Mai Thị Thu", Gender.FEMALE, LocalDate.of(1986, 12, 1), LearnerPosition.PARTY_CELL_COMMITTEE_MEMBER, null),
			new Person("Trương Văn Tài", Gender.MALE, LocalDate.of(1981, 5, 25), LearnerPosition.GRASSROOTS_COMMITTEE_MEMBER, null),
			new Person("Phan Thị Yến", Gender.FEMALE, LocalDate.of(1989, 9, 17), LearnerPosition.PARTY_CELL_SECRETARY, null));

	private final LearnerRegistry registry;

	private final OrgUnitService units;

	private final JdbcTemplate jdbc;

	private final UserDetailsService userDetails;

	LearnerDemoData(LearnerRegistry registry, OrgUnitService units, JdbcTemplate jdbc, UserDetailsService userDetails) {
		this.registry = registry;
		this.units = units;
		this.jdbc = jdbc;
		this.userDetails = userDetails;
	}

	@Override
	public void run() {
		Integer existing = this.jdbc.queryForObject("select count(*) from learner", Integer.class);
		if (existing == null || existing > 0) {
			return;
		}
		log.info("Loading the demo learners");
		register("AP", "anphu.tochuc", AN_PHU);
		register("BS", "binhson.tuyengiao", BINH_SON);
	}

	/** The people of a district, spread over its party cells and grassroots organizations, entered by its staff. */
	private void register(String district, String enteredBy, List<Person> people) {
		OrgUnitView committee = this.units.tree()
			.stream()
			.filter(u -> district.equals(u.shortName()))
			.findFirst()
			.orElse(null);
		if (committee == null) {
			return;
		}
		List<OrgUnitView> cells = this.units.openUnitsOfKindWithin(committee.id(), OrgUnitKind.PARTY_CELL);
		List<OrgUnitView> organizations = this.units.openUnitsOfKindWithin(committee.id(), OrgUnitKind.GRASSROOTS_ORGANIZATION);
		if (cells.isEmpty() || organizations.isEmpty()) {
			return;
		}
		UserDetails principal = this.userDetails.loadUserByUsername(enteredBy);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			for (int i = 0; i < people.size(); i++) {
				Person p = people.get(i);
				boolean grassroots = p.position() == LearnerPosition.GRASSROOTS_COMMITTEE_MEMBER
						|| p.position() == LearnerPosition.GRASSROOTS_DEPUTY_SECRETARY
						|| p.position() == LearnerPosition.GRASSROOTS_SECRETARY;
				OrgUnitView unit = grassroots ? organizations.get(i % organizations.size()) : cells.get(i % cells.size());
				this.registry.register(new LearnerDetails(p.name(), p.birth(), p.gender(), "Kinh", unit.id(), p.position(),
						p.birth().plusYears(25), p.card(), null), committee.id());
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
