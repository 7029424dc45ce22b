package vn.boiduong.shared;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** A page read with offset and limit counts its total only when its rows do not tell it. */
class PageViewTests {

	@Test
	void aPageNeitherEmptyNorFullIsTheLastAndIsNotCounted() {
		AtomicInteger counts = new AtomicInteger();
		PageView<String> page = PageView.of(List.of("a", "b", "c"), PageRequest.of(2, 20), () -> {
			counts.incrementAndGet();
			return 999;
		});
		assertThat(counts).hasValue(0);
		assertThat(page.totalItems()).isEqualTo(43);
		assertThat(page.totalPages()).isEqualTo(3);
		assertThat(page.hasNext()).isFalse();
	}

	@Test
	void aFullPageOrAnEmptyOneIsCounted() {
		PageView<String> full = PageView.of(List.of("a", "b"), PageRequest.of(0, 2), () -> 5);
		assertThat(full.totalItems()).isEqualTo(5);
		assertThat(full.totalPages()).isEqualTo(3);
		assertThat(full.hasNext()).isTrue();

		PageView<String> pastTheEnd = PageView.of(List.of(), PageRequest.of(9, 2), () -> 5);
		assertThat(pastTheEnd.totalItems()).isEqualTo(5);
		assertThat(pastTheEnd.items()).isEmpty();
	}

	@Test
	void aListCountedUpToACapSaysMoreThanTheCapPastIt() {
		PageView<String> past = PageView.of(List.of("a", "b"), PageRequest.of(0, 2), () -> 11, 10);
		assertThat(past.totalAtLeast()).isTrue();
		assertThat(past.totalItems()).isEqualTo(10);
		assertThat(past.totalPages()).isEqualTo(5);

		PageView<String> below = PageView.of(List.of("a", "b"), PageRequest.of(0, 2), () -> 7, 10);
		assertThat(below.totalAtLeast()).isFalse();
		assertThat(below.totalItems()).isEqualTo(7);

		AtomicInteger counts = new AtomicInteger();
		PageView<String> last = PageView.of(List.of("a"), PageRequest.of(3, 2), () -> counts.incrementAndGet(), 10);
		assertThat(counts).hasValue(0);
		assertThat(last.totalItems()).isEqualTo(7);
		assertThat(last.totalAtLeast()).isFalse();
	}

}
