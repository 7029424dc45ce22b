package vn.boiduong.attendance;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseView;
import vn.boiduong.course.SessionKind;
import vn.boiduong.learner.Roster;
import vn.boiduong.shared.NotFoundException;
import vn.boiduong.support.ClassFixtures;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9: a field visit gets each learner's reflection, a text or a file checked by its content (PDF,
 * DOCX, JPEG, PNG up to 10 MB); a lecture has no reflections. Everything is rolled back.
 */
@IntegrationTest
@Transactional
@Import(ClassFixtures.class)
class ReflectionsTests {

	@Autowired
	ClassFixtures fixtures;

	@Autowired
	Reflections reflections;

	@Autowired
	Roster roster;

	@Autowired
	CourseService courses;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aFieldVisitKeepsATextOrAFileJudgedByItsContent() throws Exception {
		List<Long> ids = this.fixtures.learners("Mai Thị Nga", "Tô Văn Phúc");
		CourseView course = this.fixtures.opened(LocalDate.of(2045, 3, 6), 1, ids);
		List<ClassSessionView> sessions = this.fixtures.attendedSessions(course.id());
		ClassSessionView visit = sessions.stream().filter(s -> s.kind() == SessionKind.FIELD_VISIT).findFirst().orElseThrow();
		ClassSessionView lecture = sessions.stream().filter(s -> s.kind() == SessionKind.LECTURE).findFirst().orElseThrow();

		this.fixtures.as("anphu.giamdoc", () -> this.reflections.save(course.id(), visit.id(), ids.get(0),
				"Mô hình chi bộ kiểu mẫu: sinh hoạt đúng kỳ, nội dung thiết thực.", null, null));
		assertThatThrownBy(() -> this.fixtures.as("anphu.giamdoc", () -> this.reflections.save(course.id(), visit.id(),
				ids.get(1), null, "thu-hoach.pdf", "không phải PDF".getBytes())))
			.hasMessage("reflection.error.notAllowed");
		assertThatThrownBy(() -> this.fixtures.as("anphu.giangvien",
				() -> this.reflections.save(course.id(), visit.id(), ids.get(1), "x", null, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.fixtures.as("anphu.giamdoc", () -> this.reflections.page(course.id(), lecture.id())))
			.isInstanceOf(NotFoundException.class);

		byte[] docx = docx();
		var giamdoc = user(this.users.loadUserByUsername("anphu.giamdoc"));
		this.mvc.perform(multipart("/courses/{id}/sessions/{s}/reflections", course.id(), visit.id())
			.file(new MockMultipartFile("file", "thu-hoach.docx", "application/octet-stream", docx))
			.param("learnerId", ids.get(1).toString())
			.with(csrf())
			.with(giamdoc)).andExpect(status().is3xxRedirection());
		this.mvc.perform(multipart("/courses/{id}/sessions/{s}/reflections", course.id(), visit.id())
			.file(new MockMultipartFile("file", "anh.png", "image/png", new byte[] { 1, 2, 3, 4 }))
			.param("learnerId", ids.get(1).toString())
			.with(csrf())
			.with(giamdoc))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tệp không phải PDF, DOCX, JPEG hay PNG")));

		Reflections.ReflectionPage page = this.fixtures.as("anphu.giamdoc", () -> this.reflections.page(course.id(), visit.id()));
		assertThat(page.rows()).extracting(Reflections.ReflectionPage.Row::fileName).containsExactly(null, "thu-hoach.docx");
		assertThat(page.rows().get(0).text()).startsWith("Mô hình chi bộ kiểu mẫu");
		this.mvc.perform(get("/courses/{id}/sessions/{s}/reflections/{l}/file", course.id(), visit.id(), ids.get(1))
			.with(giamdoc))
			.andExpect(status().isOk())
			.andExpect(content().bytes(docx));
	}

	static byte[] docx() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes());
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes());
		}
		return out.toByteArray();
	}

}
