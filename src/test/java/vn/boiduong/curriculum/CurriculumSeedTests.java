package vn.boiduong.curriculum;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The program in the database is the guidance's table, word for word (typos included). */
@IntegrationTest
class CurriculumSeedTests {

	private static final Pattern LESSON = Pattern.compile("^Bài (\\d): (.*)$");

	@Autowired
	CurriculumService curriculum;

	@Test
	void currentProgramCitesGuidance59() {
		ProgramView program = this.curriculum.currentProgram();
		assertThat(program.name())
			.isEqualTo("Chương trình bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ và cấp ủy viên cơ sở");
		assertThat(program.source()).isEqualTo("Hướng dẫn 59-HD/BTGTW năm 2022, Mục I");
		assertThat(program.current()).isTrue();
	}

	@Test
	void lessonsAndRequirementsMatchTheSeedWordForWord() throws IOException {
		Seed seed = readSeed();
		List<LessonView> lessons = this.curriculum.lessons(this.curriculum.currentProgram().id());
		assertThat(lessons).hasSize(6);
		for (int i = 0; i < lessons.size(); i++) {
			LessonView lesson = lessons.get(i);
			assertThat(lesson.number()).isEqualTo(i + 1);
			assertThat(lesson.title()).isEqualTo(seed.titles.get(i));
			assertThat(lesson.requirements()).extracting(LearningRequirementView::text)
				.containsExactlyElementsOf(seed.requirements.get(i));
		}
		// The seed's own typo is kept: "Biểu biết" in Bài 1.
		assertThat(lessons.get(0).requirements().get(2).text()).startsWith("Biểu biết về nội dung");
	}

	@Test
	void nationalElectiveTopicsMatchTheSeed() throws IOException {
		Seed seed = readSeed();
		List<ElectiveTopicView> national = this.curriculum
			.electiveTopics(this.curriculum.currentProgram().id(), List.of())
			.stream()
			.filter(ElectiveTopicView::national)
			.toList();
		assertThat(national).extracting(ElectiveTopicView::title).containsExactlyElementsOf(seed.electives);
	}

	private static Seed readSeed() throws IOException {
		String text = new ClassPathResource("seeds/hd59-seed.txt").getContentAsString(StandardCharsets.UTF_8);
		Seed seed = new Seed();
		boolean inTable = false;
		boolean inElectives = false;
		for (String raw : text.split("\n")) {
			String line = raw.strip();
			if (line.equals("I. NHỮNG YÊU CẦU CẦN ĐẠT")) {
				inTable = true;
				continue;
			}
			if (!inTable || line.isEmpty()) {
				continue;
			}
			Matcher m = LESSON.matcher(line);
			if (m.matches()) {
				seed.titles.add(m.group(2));
				seed.requirements.add(new ArrayList<>());
			}
			else if (line.equals("Chuyên đề tự chọn")) {
				inElectives = true;
			}
			else if (line.startsWith("– ")) {
				if (inElectives) {
					seed.electives.add(line.substring(2));
				}
				else if (!seed.requirements.isEmpty()) {
					seed.requirements.get(seed.requirements.size() - 1).add(line.substring(2));
				}
			}
			else if (inElectives) {
				break;
			}
		}
		assertThat(seed.titles).hasSize(6);
		return seed;
	}

	static class Seed {

		final List<String> titles = new ArrayList<>();

		final List<List<String>> requirements = new ArrayList<>();

		final List<String> electives = new ArrayList<>();

	}

}
