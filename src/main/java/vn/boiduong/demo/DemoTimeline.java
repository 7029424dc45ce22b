package vn.boiduong.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.shared.StartupTask;

/**
 * The demo's dates made to agree with its courses. The demo courses are made through the services on the first
 * start, so every step of their timelines, every opinion, enrolment and attendance sheet is stamped with that
 * moment: a 2024 course "approved" today, a class opened today that began two days ago. On that first start
 * only (every step then is minutes old), each course whose plan is decided (or whose opening has passed) gets
 * its steps a day apart up to its decision, its opinions with their steps, its roster proposed and confirmed
 * the week before it opens, its opening and closing on its first and last day, and its attendance sheets taken
 * at the end of their sessions. The audit log keeps the true moments.
 */
@Component
@DemoMode
@Order(96)
class DemoTimeline implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DemoTimeline.class);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DemoTimeline(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run() {
		Instant now = this.clock.instant();
		Integer steps = this.jdbc.queryForObject("select count(*) from course_step", Integer.class);
		Integer old = this.jdbc.queryForObject("select count(*) from course_step where occurred_at < ?", Integer.class,
				Timestamp.from(now.minusSeconds(30 * 60)));
		if (steps == null || steps == 0 || old == null || old > 0) {
			return;
		}
		LocalDate today = LocalDate.ofInstant(now, VIETNAM);
		int courses = 0;
		for (Map<String, Object> c : this.jdbc.queryForList(
				"select id, decision_date, planned_opening, planned_closing from course order by id")) {
			Long id = ((Number) c.get("id")).longValue();
			LocalDate decided = date(c.get("decision_date"));
			LocalDate opening = date(c.get("planned_opening"));
			LocalDate closing = date(c.get("planned_closing"));
			LocalDate anchor = decided != null ? decided
					: opening.minusDays(14).isBefore(today) ? opening.minusDays(14) : null;
			if (anchor == null) {
				continue; // a plan of the coming months, drafted today: its dates are right
			}
			redate(id, anchor, opening, closing);
			courses++;
		}
		log.info("Demo timeline: the steps of {} courses dated by their decisions and their days", courses);
	}

	private void redate(Long courseId, LocalDate anchor, LocalDate opening, LocalDate closing) {
		List<Map<String, Object>> steps = this.jdbc
			.queryForList("select id, action from course_step where course_id = ? order by id", courseId);
		// the steps of the plan, up to its decision (or all of them for a plan stopped before one)
		int decision = -1;
		for (int i = 0; i < steps.size(); i++) {
			String action = (String) steps.get(i).get("action");
			if ("OPENED".equals(action) || "CLOSED".equals(action) || "SESSION_CHANGED".equals(action)) {
				break;
			}
			decision = i;
		}
		List<Timestamp> opinions = new ArrayList<>();
		for (int i = 0; i <= decision; i++) {
			Timestamp at = at(anchor.minusDays(decision - i), LocalTime.of(9, 0).plusMinutes(37L * i));
			this.jdbc.update("update course_step set occurred_at = ? where id = ?", at, steps.get(i).get("id"));
			String action = (String) steps.get(i).get("action");
			if ("CONCURRED".equals(action) || "CHANGES_REQUESTED".equals(action)) {
				opinions.add(at);
			}
		}
		List<Long> concurrences = this.jdbc.queryForList("select id from concurrence where course_id = ? order by id",
				Long.class, courseId);
		for (int i = 0; i < concurrences.size() && i < opinions.size(); i++) {
			this.jdbc.update("update concurrence set recorded_at = ? where id = ?", opinions.get(i), concurrences.get(i));
		}
		for (int i = decision + 1; i < steps.size(); i++) {
			String action = (String) steps.get(i).get("action");
			Timestamp at = "CLOSED".equals(action) ? at(closing, LocalTime.of(16, 30)) : at(opening, LocalTime.of(7, 0));
			this.jdbc.update("update course_step set occurred_at = ? where id = ?", at, steps.get(i).get("id"));
		}
		this.jdbc.update("""
				update course set opened_on = case when opened_on is null then null else planned_opening end,
				                  closed_on = case when closed_on is null then null else planned_closing end
				where id = ?""", courseId);
		this.jdbc.update("update enrollment set proposed_at = ?, confirmed_at = case when confirmed_at is null then null else cast(? as timestamptz) end where course_id = ?",
				at(opening.minusDays(7), LocalTime.of(9, 0)), at(opening.minusDays(3), LocalTime.of(15, 0)), courseId);
		this.jdbc.update("""
				update attendance_sheet a set
				  taken_at = case when a.taken_at is null then null else s.ended end, updated_at = s.ended
				from (select id, ((session_date + coalesce(end_time, case part_of_day when 'MORNING' then time '11:30'
				        when 'AFTERNOON' then time '17:00' else time '21:00' end)) at time zone 'Asia/Ho_Chi_Minh') as ended
				      from class_session where course_id = ?) s
				where a.class_session_id = s.id""", courseId);
		this.jdbc.update("""
				update attendance_save v set saved_at = a.updated_at from attendance_sheet a
				where a.class_session_id = v.class_session_id and a.course_id = ?""", courseId);
	}

	private static Timestamp at(LocalDate day, LocalTime time) {
		return Timestamp.from(day.atTime(time).atZone(VIETNAM).toInstant());
	}

	private static LocalDate date(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
	}

}
