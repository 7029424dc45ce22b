package vn.boiduong.audit.web;

import java.time.LocalDate;
import java.util.UUID;

import org.hamcrest.Matcher;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.util.HtmlUtils;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.PageView;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator browses the audit log with filters. */
@IntegrationTest
@WithUserDetails("admin")
class AuditBrowsingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	OrgUnitService units;

	@Test
	void filteringByActorShowsOnlyThatActorsEvents() throws Exception {
		this.audit.recordAs("anphu.tuyengiao", "LOGIN", "UserAccount", null, null, null, null);
		this.audit.recordAs("binhson.tuyengiao", "LOGIN", "UserAccount", null, null, null, null);
		MvcResult result = this.mvc.perform(get("/admin/audit").param("actor", "anphu.tuyengiao"))
			.andExpect(status().isOk())
			.andExpect(html(not(containsString(">binhson.tuyengiao<"))))
			.andReturn();
		PageView<AuditRow> page = rows(result);
		assertThat(page.items()).isNotEmpty().allSatisfy(row -> assertThat(row.event().actor()).isEqualTo("anphu.tuyengiao"));
	}

	@Test
	void aRecordsHistoryShowsWhatChangedBeforeAndAfter() throws Exception {
		OrgUnitView unit = this.units.create(OrgUnitKind.PARTY_CELL, "Chi bộ Nhật Ký " + UUID.randomUUID().toString().substring(0, 6),
				null, this.units.tree().get(0).id(), LocalDate.of(2022, 1, 1));
		this.units.update(unit.id(), unit.version(), unit.kind(), unit.name() + " Mới", "NK", unit.validFrom());
		MvcResult result = this.mvc.perform(get("/admin/audit").param("entityType", "OrgUnit").param("entityId", unit.id().toString()))
			.andExpect(status().isOk())
			.andExpect(html(containsString("<details>")))
			.andExpect(html(containsString("Sửa đơn vị")))
			.andExpect(html(containsString("<ins>" + unit.name() + " Mới</ins>")))
			.andReturn();
		assertThat(rows(result).items()).extracting(row -> row.event().action())
			.containsExactly("ORG_UNIT_UPDATED", "ORG_UNIT_CREATED");
		AuditRow update = rows(result).items().get(0);
		assertThat(update.changes()).extracting(AuditRow.Change::field).contains("name", "shortName").doesNotContain("kind");
	}

	@Test
	void pagingKeepsTheFilters() throws Exception {
		String actor = "tai." + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 51; i++) {
			this.audit.recordAs(actor, "LOGIN_FAILED", "UserAccount", null, null, null, null);
		}
		this.mvc.perform(get("/admin/audit?actor={actor}&action=LOGIN_FAILED", actor))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("href=\"/admin/audit?actor=" + actor + "&amp;action=LOGIN_FAILED&amp;page=1\"")));
		MvcResult second = this.mvc.perform(get("/admin/audit").param("actor", actor).param("action", "LOGIN_FAILED").param("page", "1"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(rows(second).items()).hasSize(1);
	}

	@Test
	void aDateRangeEndingBeforeItStartsIsRefusedNextToTheEndDate() throws Exception {
		this.mvc.perform(get("/admin/audit").param("from", "2026-05-02").param("to", "2026-05-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("filter", "to", "audit.error.rangeReversed"))
			.andExpect(html(containsString("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.")));
	}

	@Test
	void eventsOutsideTheDateRangeAreLeftOut() throws Exception {
		MvcResult result = this.mvc.perform(get("/admin/audit").param("from", "2000-01-01").param("to", "2000-01-31"))
			.andExpect(status().isOk())
			.andExpect(html(containsString("id=\"no-events\"")))
			.andReturn();
		assertThat(rows(result).totalItems()).isZero();
	}

	@SuppressWarnings("unchecked")
	private static PageView<AuditRow> rows(MvcResult result) {
		return (PageView<AuditRow>) result.getModelAndView().getModel().get("page");
	}

	private static ResultMatcher html(Matcher<String> matcher) {
		return result -> MatcherAssert.assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()),
				matcher);
	}

}
