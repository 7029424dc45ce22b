package vn.boiduong.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** One page of a list, as the paging fragment shows it. */
public record PageView<T>(List<T> items, int number, int totalPages, long totalItems, int size) {

	public static <S, T> PageView<T> of(Page<S> page, Function<S, T> mapper) {
		return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(),
				page.getTotalPages(), page.getTotalElements(), page.getSize());
	}

	public static <T> PageView<T> of(Page<T> page) {
		return new PageView<>(page.getContent(), page.getNumber(), page.getTotalPages(), page.getTotalElements(),
				page.getSize());
	}

	public boolean hasPrevious() {
		return this.number > 0;
	}

	public boolean hasNext() {
		return this.number + 1 < this.totalPages;
	}

}
