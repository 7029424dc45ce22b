package vn.boiduong.attendance;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.boiduong.course.ClassView;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseStatus;
import vn.boiduong.support.ClassFixtures;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9: the demo data has a class running today and a closed one, both with learners and marks, dated
 * from the day of the first start.
 */
@IntegrationTest
@Import(ClassFixtures.class)
class AttendanceDemoDataTests {

	@Autowired
	ClassFixtures fixtures;

	@Autowired
	CourseService courses;

	@Autowired
	JdbcTemplate jdbc;

	int marks(Long courseId) {
		return this.jdbc.queryForObject("""
				select count(*) from attendance_mark m join attendance_sheet s on s.class_session_id = m.class_session_id
				where s.course_id = ?""", Integer.class, courseId);
	}

	@Test
	void theDemoHasAClassRunningTodayAndAClosedOneWithLearnersAndMarks() {
		ClassView running = this.fixtures.demoClass(CourseStatus.IN_PROGRESS, "lớp đang học");
		ClassView closed = this.fixtures.demoClass(CourseStatus.CLOSED, "lớp đã bế giảng");

		assertThat(running.plannedOpening()).isBefore(this.courses.today());
		assertThat(running.plannedClosing()).isAfter(this.courses.today());
		assertThat(this.jdbc.queryForObject("select count(*) from enrollment where course_id = ? and confirmed_at is not null",
				Integer.class, running.id())).isGreaterThan(10);
		assertThat(marks(running.id())).isPositive();
		assertThat(closed.plannedClosing()).isBefore(this.courses.today());
		assertThat(marks(closed.id())).isPositive();
	}

}
