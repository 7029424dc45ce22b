package vn.boiduong.attendance;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.CourseView;
import vn.boiduong.support.ClassFixtures;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** DESIGN §8: the attendance page of a 250-learner session is under 15 KB compressed. Rolled back. */
@IntegrationTest
@Transactional
@Import(ClassFixtures.class)
class AttendancePageSizeTests {

	@Autowired
	ClassFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theAttendancePageOfTwoHundredFiftyLearnersIsUnderFifteenKilobytesCompressed() throws Exception {
		String[] names = new String[250];
		for (int i = 0; i < names.length; i++) {
			names[i] = "Nguyễn Thị Học Viên " + (i + 1);
		}
		List<Long> learners = this.fixtures.learners(names);
		CourseView course = this.fixtures.opened(LocalDate.of(2047, 3, 4), 1, learners);
		ClassSessionView lecture = this.fixtures.attendedSessions(course.id()).stream()
			.filter(s -> s.lecturerUserId() != null).findFirst().orElseThrow();

		byte[] html = this.mvc.perform(get("/courses/{id}/sessions/{s}/attendance", course.id(), lecture.id())
			.with(user(this.users.loadUserByUsername("anphu.giangvien"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		// as the application sends it: gzip at its fastest level (PageCompression)
		try (GZIPOutputStream gzip = new GZIPOutputStream(compressed) {
			{
				this.def.setLevel(java.util.zip.Deflater.BEST_SPEED);
			}
		}) {
			gzip.write(html);
		}
		assertThat(new String(html, java.nio.charset.StandardCharsets.UTF_8)).contains("Nguyễn Thị Học Viên 250");
		assertThat(compressed.size()).as("compressed size of %d bytes", html.length).isLessThan(15 * 1024);
	}

}
