package vn.boiduong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserAccountService;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.StartupTask;

/**
 * The demo province's reorganization of 1 July 2025 (DESIGN §5, issue 8), made last, once the district-era
 * courses exist: the districts' grassroots organizations move under the ward and the commune that continue
 * them, the districts and their bodies close, each names its successor, and the district accounts become
 * accounts of the new units. Their courses stay readable, with the district's names, by the successors and
 * the province. Nothing happens while the date is ahead (the tests keep the districts working beside the
 * wards).
 */
@Component
@DemoMode
@Order(90)
class DemoReorganization implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DemoReorganization.class);

	/** Which unit (by short name) continues each district unit. */
	private static final Map<String, String> SUCCESSORS = Map.ofEntries(Map.entry("AP", "PAP"),
			Map.entry("AP.BTG", "PAP"), Map.entry("AP.BTC", "PAP.XDD"), Map.entry("AP.VP", "PAP.VP"),
			Map.entry("AP.TTCT", "TCT"), Map.entry("BS", "XBS"), Map.entry("BS.BTG", "XBS"),
			Map.entry("BS.BTC", "XBS.XDD"), Map.entry("BS.VP", "XBS.VP"), Map.entry("BS.TTCT", "TCT"));

	/** The district accounts' new roles: username, role, unit. */
	private static final List<String[]> MOVED = List.of(new String[] { "anphu.tuyengiao", "DISTRICT_PROPAGANDA", "PAP" },
			new String[] { "anphu.tochuc", "DISTRICT_ORGANIZATION", "PAP.XDD" },
			new String[] { "anphu.vanphong", "DISTRICT_OFFICE", "PAP.VP" },
			new String[] { "anphu.thuongtruc", "DISTRICT_COMMITTEE", "PAP" },
			new String[] { "anphu.giamdoc", "CENTRE_STAFF", "TCT" }, new String[] { "anphu.giangvien", "LECTURER", "TCT" },
			new String[] { "binhson.tuyengiao", "DISTRICT_PROPAGANDA", "XBS" });

	private final OrgUnitService units;

	private final UserAccountService accounts;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final LocalDate closeOn;

	DemoReorganization(OrgUnitService units, UserAccountService accounts, JdbcTemplate jdbc,
			Clock clock, @Value("${app.demo.districts-close-on:2025-07-01}") LocalDate closeOn) {
		this.units = units;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.closeOn = closeOn;
	}

	@Override
	@Transactional
	public void run() {
		OrgUnitView anPhu = unit("AP");
		if (this.closeOn.isAfter(LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))) || anPhu == null || anPhu.closed() || unit("PAP") == null) {
			return;
		}
		log.info("Reorganizing the demo province on {}: the districts close, the ward and the commune continue them",
				this.closeOn);
		for (String district : List.of("AP", "BS")) {
			OrgUnitView committee = unit(district);
			OrgUnitView successor = unit(SUCCESSORS.get(district));
			for (OrgUnitView child : this.units.children(committee.id())) {
				if (!child.closed() && child.kind() == OrgUnitKind.GRASSROOTS_ORGANIZATION) {
					this.units.move(child.id(), child.version(), successor.id());
				}
			}
			for (OrgUnitView child : this.units.children(committee.id())) {
				if (!child.closed()) {
					this.units.close(child.id(), child.version(), this.closeOn);
				}
			}
			OrgUnitView fresh = this.units.get(committee.id());
			this.units.close(fresh.id(), fresh.version(), this.closeOn);
		}
		SUCCESSORS.forEach((from, to) -> this.jdbc.update(
				"insert into org_unit_succession (predecessor_id, successor_id, succeeded_on) values (?, ?, ?)",
				unit(from).id(), unit(to).id(), this.closeOn));
		for (String[] row : MOVED) {
			List<Long> ids = this.jdbc.queryForList("select id from user_account where username = ?", Long.class, row[0]);
			ids.forEach(id -> this.accounts.assignRole(id, Role.valueOf(row[1]), unit(row[2]).id()));
		}
	}

	private OrgUnitView unit(String shortName) {
		return this.units.tree().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElse(null);
	}

}
