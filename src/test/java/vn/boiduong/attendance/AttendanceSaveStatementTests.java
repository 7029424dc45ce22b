package vn.boiduong.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseView;
import vn.boiduong.identity.CurrentUser;
import vn.boiduong.learner.Roster;
import vn.boiduong.support.ClassFixtures;
import vn.boiduong.support.IntegrationTest;
import vn.boiduong.support.StatementRecorder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §8, issue 9: saving a sheet issues the same statements for 2 marks as for 40 (the marks go in one
 * batch), counting both what goes through JPA and what goes through JDBC. Rolled back.
 */
@IntegrationTest
@Transactional
@Import({ ClassFixtures.class, StatementRecorder.class })
class AttendanceSaveStatementTests {

	@Autowired
	ClassFixtures fixtures;

	@Autowired
	CourseService courses;

	@Autowired
	Roster roster;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	EntityManager entityManager;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Autowired
	DataSource dataSource;

	/** Records the statements of the JdbcTemplate calls the sheets make (a batch is one statement). */
	static final class CountingJdbcTemplate extends JdbcTemplate {

		final List<String> statements = new ArrayList<>();

		CountingJdbcTemplate(DataSource dataSource) {
			super(dataSource);
		}

		@Override
		public int update(String sql, Object... args) {
			this.statements.add(sql);
			return super.update(sql, args);
		}

		@Override
		public <T> int[][] batchUpdate(String sql, Collection<T> batchArgs, int batchSize,
				ParameterizedPreparedStatementSetter<T> setter) {
			this.statements.add(sql);
			return super.batchUpdate(sql, batchArgs, batchSize, setter);
		}

		@Override
		public Map<String, Object> queryForMap(String sql, Object... args) {
			this.statements.add(sql);
			return super.queryForMap(sql, args);
		}

		@Override
		public List<Map<String, Object>> queryForList(String sql, Object... args) {
			this.statements.add(sql);
			return super.queryForList(sql, args);
		}

		@Override
		public <T> List<T> queryForList(String sql, Class<T> elementType, Object... args) {
			this.statements.add(sql);
			return super.queryForList(sql, elementType, args);
		}

	}

	List<String> save(CourseView course, ClassSessionView session, List<Long> learners) throws Exception {
		CountingJdbcTemplate jdbc = new CountingJdbcTemplate(this.dataSource);
		AttendanceSheets sheets = new AttendanceSheets(this.courses, this.roster, this.currentUser, jdbc,
				this.entityManager, this.audit, this.clock);
		List<MarkChange> marks = learners.stream()
			.map(id -> new MarkChange(id, AttendanceStatus.EXCUSED_ABSENCE, "Công tác"))
			.toList();
		List<String> statements = new ArrayList<>();
		this.fixtures.as("anphu.giamdoc", () -> {
			try {
				statements.addAll(StatementRecorder.during(
						() -> sheets.save(course.id(), session.id(), new SheetSave(UUID.randomUUID(), 0L, marks, true, null))));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		this.entityManager.flush();
		statements.addAll(jdbc.statements);
		return statements;
	}

	@Test
	void savingFortyMarksIssuesTheSameStatementsAsSavingTwo() throws Exception {
		String[] names = new String[40];
		for (int i = 0; i < names.length; i++) {
			names[i] = "Lê Văn Lưu " + (i + 1);
		}
		List<Long> many = this.fixtures.learners(names);
		CourseView small = this.fixtures.opened(LocalDate.of(2048, 3, 1), 2, many.subList(0, 2));
		CourseView large = this.fixtures.opened(LocalDate.of(2048, 4, 5), 2, many);
		List<ClassSessionView> smallSessions = this.fixtures.attendedSessions(small.id());
		List<ClassSessionView> largeSessions = this.fixtures.attendedSessions(large.id());
		save(small, smallSessions.get(0), many.subList(0, 2));

		List<String> forTwo = save(small, smallSessions.get(1), many.subList(0, 2));
		List<String> forForty = save(large, largeSessions.get(1), many);

		assertThat(forForty).isEqualTo(forTwo);
		assertThat(forTwo).isNotEmpty().hasSizeLessThanOrEqualTo(20);
		assertThat(forTwo).filteredOn(sql -> sql.strip().startsWith("insert into attendance_mark")).hasSize(1);
	}

}
