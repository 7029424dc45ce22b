package vn.boiduong.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserAccountService;
import vn.boiduong.identity.UserView;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.StartupTask;

/** Loads the demo province and accounts once, on an empty database, and prints how to sign in. */
@Component
@DemoMode
@Order(10)
class DemoOrganization implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

	static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

	/** username, full name, role and the unit (by short name) at which the role is held. */
	static final List<String[]> ACCOUNTS = List.of(
			new String[] { "admin", "Nguyễn Văn Quản", "ADMIN", "TINH" },
			new String[] { "tinh.tuyengiao", "Trần Thị Thu Hà", "PROVINCE_PROPAGANDA", "TINH.BTG" },
			new String[] { "anphu.tuyengiao", "Lê Văn Tâm", "DISTRICT_PROPAGANDA", "AP.BTG" },
			new String[] { "anphu.tochuc", "Phạm Thị Lan", "DISTRICT_ORGANIZATION", "AP.BTC" },
			new String[] { "anphu.vanphong", "Võ Minh Đức", "DISTRICT_OFFICE", "AP.VP" },
			new String[] { "anphu.thuongtruc", "Huỳnh Văn Thành", "DISTRICT_COMMITTEE", "AP" },
			new String[] { "anphu.giamdoc", "Đặng Thị Hồng", "CENTRE_DIRECTOR", "AP.TTCT" },
			new String[] { "anphu.giamdoc", null, "DISTRICT_PROPAGANDA", "AP.BTG" },
			new String[] { "anphu.giangvien", "Bùi Quốc Khánh", "LECTURER", "AP.TTCT" },
			new String[] { "binhson.tuyengiao", "Ngô Thị Mai", "DISTRICT_PROPAGANDA", "BS.BTG" },
			// the two-level era (from 1 July 2025): a ward, a commune, the provincial political school
			new String[] { "phuonganphu.kehoach", "Trương Thị Ngọc", "DISTRICT_PROPAGANDA", "PAP" },
			new String[] { "phuonganphu.xaydungdang", "Lâm Văn Hùng", "DISTRICT_ORGANIZATION", "PAP.XDD" },
			new String[] { "phuonganphu.vanphong", "Đỗ Thị Thu", "DISTRICT_OFFICE", "PAP.VP" },
			new String[] { "phuonganphu.thuongtruc", "Nguyễn Văn Phúc", "DISTRICT_COMMITTEE", "PAP" },
			new String[] { "xabinhson.kehoach", "Phan Văn Lợi", "DISTRICT_PROPAGANDA", "XBS" },
			new String[] { "truongchinhtri.hieutruong", "Hoàng Minh Châu", "CENTRE_DIRECTOR", "TCT" },
			new String[] { "truongchinhtri.giangvien", "Vũ Thị Thanh Hương", "LECTURER", "TCT" });

	/** The first day of the two-level era: districts are closed, communes and wards organize the course. */
	static final LocalDate TWO_LEVEL_ERA = LocalDate.of(2025, 7, 1);

	private final OrgUnitService units;

	private final UserAccountService accounts;

	private final Environment environment;

	DemoOrganization(OrgUnitService units, UserAccountService accounts, Environment environment) {
		this.units = units;
		this.accounts = accounts;
		this.environment = environment;
	}

	@Override
	@Transactional
	public void run() {
		if (this.accounts.anyAccountExists()) {
			return;
		}
		log.info("Loading the demo data (Tỉnh Mẫu: Huyện An Phú, Huyện Bình Sơn; Phường An Phú, Xã Bình Sơn)");
		OrgUnitView province = unit(OrgUnitKind.PROVINCE, "Tỉnh Mẫu", "TINH", null);
		OrgUnitView provinceBoard = unit(OrgUnitKind.PROPAGANDA_BOARD, "Ban Tuyên giáo Tỉnh ủy", "TINH.BTG", province);
		List<OrgUnitView> all = new ArrayList<>(List.of(province, provinceBoard));
		all.addAll(district(province, "An Phú", "AP", List.of("Đảng bộ xã An Bình", "Đảng bộ xã Phú Thạnh",
				"Đảng bộ thị trấn An Phú", "Chi bộ Trường THPT An Phú")));
		all.addAll(district(province, "Bình Sơn", "BS",
				List.of("Đảng bộ xã Bình Hòa", "Đảng bộ xã Sơn Lâm", "Chi bộ Bệnh viện đa khoa Bình Sơn")));
		all.add(unit(OrgUnitKind.POLITICAL_SCHOOL, "Trường Chính trị tỉnh Mẫu", "TCT", province));
		all.addAll(commune(province, "Đảng ủy phường An Phú", "PAP",
				List.of("Chi bộ khu phố 1", "Chi bộ khu phố 2", "Chi bộ khu phố 3", "Chi bộ Trường Tiểu học An Phú")));
		all.addAll(commune(province, "Đảng ủy xã Bình Sơn", "XBS", List.of("Chi bộ thôn Bình Hòa", "Chi bộ thôn Sơn Lâm")));

		UserView current = null;
		for (String[] row : ACCOUNTS) {
			if (row[1] != null) {
				current = this.accounts.create(row[0], row[1], row[0] + "@boiduong.example", null, DemoMode.PASSWORD);
			}
			OrgUnitView at = all.stream().filter(u -> row[3].equals(u.shortName())).findFirst().orElseThrow();
			this.accounts.assignRole(current.id(), Role.valueOf(row[2]), at.id());
		}
	}

	private List<OrgUnitView> district(OrgUnitView province, String name, String code, List<String> grassroots) {
		List<OrgUnitView> result = new ArrayList<>();
		OrgUnitView committee = unit(OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy " + name, code, province);
		result.add(committee);
		result.add(unit(OrgUnitKind.PROPAGANDA_BOARD, "Ban Tuyên giáo Huyện ủy " + name, code + ".BTG", committee));
		result.add(unit(OrgUnitKind.ORGANIZATION_BOARD, "Ban Tổ chức Huyện ủy " + name, code + ".BTC", committee));
		result.add(unit(OrgUnitKind.COMMITTEE_OFFICE, "Văn phòng Huyện ủy " + name, code + ".VP", committee));
		result.add(unit(OrgUnitKind.POLITICAL_CENTRE, "Trung tâm Chính trị huyện " + name, code + ".TTCT", committee));
		int n = 1;
		for (String g : grassroots) {
			OrgUnitView organization = unit(OrgUnitKind.GRASSROOTS_ORGANIZATION, g, code + ".CS" + n, committee);
			result.add(organization);
			if (g.startsWith("Đảng bộ")) {
				String place = g.replace("Đảng bộ ", "");
				for (int cell = 1; cell <= 3; cell++) {
					result.add(unit(OrgUnitKind.PARTY_CELL, "Chi bộ ấp " + cell + " " + place,
							code + ".CS" + n + ".CB" + cell, organization));
				}
			}
			n++;
		}
		return result;
	}

	private OrgUnitView unit(OrgUnitKind kind, String name, String shortName, OrgUnitView parent) {
		return this.units.create(kind, name, shortName, parent == null ? null : parent.id(), SINCE);
	}

	/**
	 * A commune or ward Party committee of the two-level era, from 1 July 2025: its office, its party-building
	 * board, its party cells; it plans the course itself, the office and the board give their opinion, the
	 * provincial political school teaches (the committee's capacities, issue 8).
	 */
	private List<OrgUnitView> commune(OrgUnitView province, String name, String code, List<String> cells) {
		List<OrgUnitView> result = new ArrayList<>();
		OrgUnitView committee = this.units.create(OrgUnitKind.COMMUNE_COMMITTEE, name, code, province.id(), TWO_LEVEL_ERA);
		result.add(committee);
		String of = name.replace("Đảng ủy ", "");
		result.add(this.units.create(OrgUnitKind.COMMITTEE_OFFICE, "Văn phòng Đảng ủy " + of, code + ".VP", committee.id(),
				TWO_LEVEL_ERA));
		result.add(this.units.create(OrgUnitKind.PARTY_BUILDING_BOARD, "Ban Xây dựng Đảng Đảng ủy " + of, code + ".XDD",
				committee.id(), TWO_LEVEL_ERA));
		int n = 1;
		for (String cell : cells) {
			result.add(this.units.create(OrgUnitKind.PARTY_CELL, cell, code + ".CB" + n++, committee.id(), TWO_LEVEL_ERA));
		}
		return result;
	}

	@EventListener(ApplicationReadyEvent.class)
	void printHowToSignIn() {
		String port = this.environment.getProperty("local.server.port", "8080");
		StringBuilder text = new StringBuilder();
		text.append("\n\n  boiduong is running at http://localhost:").append(port).append("\n");
		text.append("  Demo accounts (password '").append(DemoMode.PASSWORD).append("'):\n");
		ACCOUNTS.stream().filter(row -> row[1] != null).forEach(row -> text.append(String.format("    %-18s %s%n", row[0], row[2])));
		log.info(text.toString());
	}

}
