package vn.boiduong.learner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseNamesTests {

	@Test
	void theGivenNameIsTheLastWord() {
		assertThat(VietnameseNames.givenName("  Nguyễn   Thị Ánh ")).isEqualTo("Ánh");
		assertThat(VietnameseNames.givenName("Lò")).isEqualTo("Lò");
	}

	@Test
	void aSearchWithoutDiacriticsMatchesTheNameWithThem() {
		assertThat(VietnameseNames.searchKey("Nguyễn Thị Ánh")).isEqualTo("nguyen thi anh");
		assertThat(VietnameseNames.searchKey("Đặng Văn Đức")).isEqualTo("dang van duc");
		// decomposed input (as some keyboards send it) gives the same key
		assertThat(VietnameseNames.searchKey("Nguye\u0302\u0303n")).isEqualTo("nguyen");
	}

	@Test
	void namesAreKeptComposedWithSingleSpaces() {
		assertThat(VietnameseNames.normalize(" Nguye\u0302\u0303n  Văn\tA ")).isEqualTo("Nguyễn Văn A");
	}

}
