package vn.boiduong.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's dates agree with its courses (made on the first start, they were all stamped with that moment): each
 * decided plan's steps and opinions lead up to its decision day, the demo's classes opened on their first day and
 * the closed one closed on its last, their rosters were confirmed before they opened and their sheets taken on the
 * days of their sessions. Other tests may act on the demo's courses today; what they add is left out.
 */
@IntegrationTest
class DemoTimelineTests {

	static final String DEMO = "Lớp bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ và cấp ủy viên cơ sở năm %";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyDecidedPlanLeadsUpToItsDecisionAndTheDemoClassesKeepTheirOwnDays() {
		List<Map<String, Object>> decided = this.jdbc.queryForList("""
				select c.id, c.name, c.decision_date, c.planned_opening, c.planned_closing, c.opened_on, c.closed_on,
				       (select min((s.occurred_at at time zone 'Asia/Ho_Chi_Minh')::date) from course_step s
				        where s.course_id = c.id and s.action = 'APPROVED') as approved_on,
				       (select max((s.occurred_at at time zone 'Asia/Ho_Chi_Minh')::date) from course_step s
				        where s.course_id = c.id and s.action in ('CREATED', 'SUBMITTED', 'CONCURRED', 'CHANGES_REQUESTED')) as last_before,
				       (select max((r.recorded_at at time zone 'Asia/Ho_Chi_Minh')::date) from concurrence r where r.course_id = c.id) as last_opinion
				from course c where c.decision_date is not null and c.name like ?""", DEMO);
		assertThat(decided).as("the demo's approved courses and classes").hasSizeGreaterThan(2);
		for (Map<String, Object> c : decided) {
			LocalDate decision = ((Date) c.get("decision_date")).toLocalDate();
			assertThat(((Date) c.get("approved_on")).toLocalDate()).as("%s approved on its decision's day", c.get("name"))
				.isEqualTo(decision);
			assertThat(((Date) c.get("last_before")).toLocalDate()).as("%s: drafted and reviewed before", c.get("name"))
				.isBefore(decision);
			assertThat(((Date) c.get("last_opinion")).toLocalDate()).isBefore(decision);
			String name = (String) c.get("name");
			if (name.endsWith("lớp đang học") || name.endsWith("lớp đã bế giảng")) {
				assertThat(c.get("opened_on")).as("%s opened on its first day", name).isEqualTo(c.get("planned_opening"));
			}
			if (name.endsWith("lớp đã bế giảng")) {
				assertThat(c.get("closed_on")).as("%s closed on its last day", name).isEqualTo(c.get("planned_closing"));
			}
		}
		assertThat(this.jdbc.queryForObject("""
				select count(*) from enrollment e join course c on c.id = e.course_id
				where c.name like ? and (e.confirmed_at at time zone 'Asia/Ho_Chi_Minh')::date < c.planned_opening""",
				Integer.class, DEMO)).as("the demo's rosters confirmed before their classes opened").isPositive();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from attendance_sheet a join class_session s on s.id = a.class_session_id
				join course c on c.id = a.course_id
				where c.name like ? and (a.taken_at at time zone 'Asia/Ho_Chi_Minh')::date = s.session_date
				  and s.session_date < (now() at time zone 'Asia/Ho_Chi_Minh')::date""", Integer.class, DEMO))
			.as("the demo's past sheets taken on the days of their sessions")
			.isPositive();
	}

}
