package vn.boiduong.organization;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V75 wrote the kind's defaults for the units that existed; the application computes the same defaults
 * for units created since. The migration's query, run over today's tree (both eras' kinds), gives what
 * the application gives, so that a migrated unit and a new one print alike.
 */
@IntegrationTest
class DocumentProfileMigrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrgUnitService units;

	@Autowired
	DocumentIssuers issuers;

	@Test
	void theMigrationsDefaultsAreTheApplicationsDefaults() throws Exception {
		OrgUnitView province = this.units.tree().stream().filter(u -> u.kind() == OrgUnitKind.PROVINCE).findFirst().orElseThrow();
		OrgUnitView ward = this.units.create(OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Sơn Tây " + System.nanoTime(), null,
				province.id(), LocalDate.of(2025, 7, 1));
		this.units.create(OrgUnitKind.PARTY_BUILDING_BOARD, "Ban xây dựng đảng " + ward.name(), null, ward.id(),
				LocalDate.of(2025, 7, 1));
		this.units.create(OrgUnitKind.POLITICAL_SCHOOL, "Trường Chính trị tỉnh Mẫu", null, province.id(),
				LocalDate.of(2025, 7, 1));

		String sql = Files.readString(Path.of("src/main/resources/db/migration/V75__create_org_unit_document_profile.sql"));
		String query = sql.substring(sql.indexOf("with unit as"))
			.replaceFirst("insert into org_unit_document_profile \\([^)]*\\)\\s*", "")
			.replace(";", "");
		List<Map<String, Object>> rows = this.jdbc.queryForList(query);

		assertThat(rows).hasSize(this.units.tree().size());
		List<String> differences = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			Long id = ((Number) row.get("id")).longValue();
			DocumentProfileView app = this.issuers.profile(id);
			if (app.stored()) {
				continue;
			}
			List<Object> fromSql = List.of(row.get("symbol"), row.get("format"), Objects.toString(row.get("signing_mandate")),
					row.get("head_title"), row.get("deputy_title"), row.get("place"));
			List<Object> fromApp = List.of(app.symbol(), app.format().name(), Objects.toString(app.signingMandate()),
					app.headTitle(), app.deputyTitle(), app.placeName());
			if (!fromSql.equals(fromApp)) {
				differences.add(this.units.get(id).name() + ": " + fromSql + " ≠ " + fromApp);
			}
		}
		assertThat(differences).isEmpty();
	}

}
