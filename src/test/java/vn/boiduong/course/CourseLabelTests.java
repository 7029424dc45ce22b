package vn.boiduong.course;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7 item 9: a course is told apart by what follows the program's title in its name. */
class CourseLabelTests {

	static final String TITLE = "Lớp bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ và cấp ủy viên cơ sở";

	@Test
	void theLabelIsWhatFollowsTheProgramsTitle() {
		assertThat(CourseLabel.of(TITLE + " năm 2027 – đợt 3 (xã Phú Thạnh)")).isEqualTo("Năm 2027 – đợt 3 (xã Phú Thạnh)");
		assertThat(CourseLabel.of(TITLE + ", huyện An Phú năm 2026")).isEqualTo("Huyện An Phú năm 2026");
		assertThat(CourseLabel.of("LỚP BỒI DƯỠNG NGHIỆP VỤ CÔNG TÁC ĐẢNG CHO BÍ THƯ, PHÓ BÍ THƯ CHI BỘ VÀ CẤP ỦY VIÊN CƠ SỞ – đợt 1"))
			.isEqualTo("Đợt 1");
	}

	@Test
	void aNameWithoutTheTitleOrWithNothingAfterItIsItsOwnLabel() {
		assertThat(CourseLabel.of("Lớp bồi dưỡng nghiệp vụ công tác đảng – thử")).isEqualTo("Lớp bồi dưỡng nghiệp vụ công tác đảng – thử");
		assertThat(CourseLabel.of(TITLE)).isEqualTo(TITLE);
		assertThat(CourseLabel.of(TITLE + " – ")).isEqualTo(TITLE + " – ");
	}

	@Test
	void decomposedVietnameseIsReadAsComposed() {
		String decomposed = java.text.Normalizer.normalize(TITLE + " năm 2028", java.text.Normalizer.Form.NFD);
		assertThat(CourseLabel.of(decomposed)).isEqualTo("Năm 2028");
	}

}
