package vn.boiduong.curriculum.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.curriculum.CurriculumService;
import vn.boiduong.curriculum.ElectiveTopicView;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CurriculumPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CurriculumService curriculum;

	@Autowired
	OrgUnitService units;

	@Test
	@WithUserDetails("anphu.giangvien")
	void anyoneSignedInReadsTheLessonsWordForWord() throws Exception {
		this.mvc.perform(get("/curriculum"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bài 6: Phòng, chống “tự diễn biến”, “tự chuyển hóa” trong cán bộ đảng viên")))
			.andExpect(content().string(containsString("Hướng dẫn 59-HD/BTGTW năm 2022, Mục I")))
			.andExpect(content().string(not(containsString("/curriculum/electives/new"))));
	}

	@Test
	@WithUserDetails("tinh.tuyengiao")
	void provincialPropagandaAddsEditsAndRetiresALocalTopic() throws Exception {
		Long province = province().id();
		String title = "Lịch sử Đảng bộ tỉnh Mẫu – " + System.nanoTime();
		this.mvc.perform(post("/curriculum/electives/new").with(csrf())
				.param("provinceUnitId", province.toString())
				.param("title", title)
				.param("description", "Truyền thống cách mạng của địa phương")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/curriculum"));
		ElectiveTopicView topic = findLocal(title);
		assertThat(topic.provinceUnitId()).isEqualTo(province);

		this.mvc.perform(get("/curriculum")).andExpect(content().string(containsString(title)));

		this.mvc.perform(post("/curriculum/electives/{id}/retire", topic.id()).with(csrf())
				.param("version", String.valueOf(topic.version())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.curriculum.electiveTopic(topic.id()).retired()).isTrue();
		// A retired topic is no longer offered to new courses.
		OrgUnitView anPhu = this.units.tree().stream().filter(u -> "AP".equals(u.shortName())).findFirst().orElseThrow();
		assertThat(this.curriculum.electiveTopicsAvailableTo(topic.programId(), anPhu.id()))
			.extracting(ElectiveTopicView::id)
			.doesNotContain(topic.id());
	}

	@Test
	@WithUserDetails("tinh.tuyengiao")
	void blankTitleIsRefusedNextToTheFieldAndTheDescriptionIsKept() throws Exception {
		this.mvc.perform(post("/curriculum/electives/new").with(csrf())
				.param("provinceUnitId", province().id().toString())
				.param("title", " ")
				.param("description", "Nội dung đã gõ")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "title"))
			.andExpect(content().string(containsString("Không được để trống.")))
			.andExpect(model().attribute("form", org.hamcrest.Matchers.hasToString(containsString("Nội dung đã gõ"))));
	}

	@Test
	@WithUserDetails("tinh.tuyengiao")
	void staleEditGetsAConflictMessage() throws Exception {
		ElectiveTopicView topic = this.curriculum.addLocalTopic(this.curriculum.currentProgram().id(), province().id(),
				"Chuyên đề thử xung đột " + System.nanoTime(), null);
		this.curriculum.editLocalTopic(topic.id(), topic.version(), topic.title() + " (sửa)", null);
		this.mvc.perform(post("/curriculum/electives/{id}/edit", topic.id()).with(csrf())
				.param("provinceUnitId", province().id().toString())
				.param("title", "Bản sửa cũ")
				.param("version", String.valueOf(topic.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Người khác đã lưu thay đổi trước bạn")))
			.andExpect(content().string(containsString("Bản sửa cũ")));
		assertThat(this.curriculum.electiveTopic(topic.id()).title()).endsWith("(sửa)");
	}

	@Test
	@WithUserDetails("tinh.tuyengiao")
	void nationalTopicsCannotBeEdited() throws Exception {
		ElectiveTopicView national = this.curriculum.electiveTopics(this.curriculum.currentProgram().id(), java.util.List.of())
			.get(0);
		this.mvc.perform(post("/curriculum/electives/{id}/retire", national.id()).with(csrf())
				.param("version", String.valueOf(national.version())))
			.andExpect(status().isForbidden());
		assertThat(this.curriculum.electiveTopic(national.id()).retired()).isFalse();
	}

	@Test
	@WithUserDetails("anphu.tuyengiao")
	void districtStaffCannotAddLocalTopics() throws Exception {
		this.mvc.perform(get("/curriculum/electives/new")).andExpect(status().isForbidden());
		this.mvc.perform(post("/curriculum/electives/new").with(csrf())
				.param("provinceUnitId", province().id().toString())
				.param("title", "Không được phép")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(this.curriculum.electiveTopics(this.curriculum.currentProgram().id(), java.util.List.of(province().id())))
			.extracting(ElectiveTopicView::title)
			.doesNotContain("Không được phép");
	}

	private OrgUnitView province() {
		return this.units.tree().stream().filter(u -> "TINH".equals(u.shortName())).findFirst().orElseThrow();
	}

	private ElectiveTopicView findLocal(String title) {
		return this.curriculum.electiveTopics(this.curriculum.currentProgram().id(), java.util.List.of(province().id()))
			.stream()
			.filter(t -> t.title().equals(title))
			.findFirst()
			.orElseThrow();
	}

}
