package vn.boiduong.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * One page of a list, as the paging fragment shows it. {@code totalAtLeast}: the list was counted only up
 * to a cap, and holds more than {@code totalItems} items ({@code totalPages} are the pages up to the cap).
 */
public record PageView<T>(List<T> items, int number, int totalPages, long totalItems, int size, boolean totalAtLeast) {

	public PageView(List<T> items, int number, int totalPages, long totalItems, int size) {
		this(items, number, totalPages, totalItems, size, false);
	}

	public static <S, T> PageView<T> of(Page<S> page, Function<S, T> mapper) {
		return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(),
				page.getTotalPages(), page.getTotalElements(), page.getSize());
	}

	public static <T> PageView<T> of(Page<T> page) {
		return new PageView<>(page.getContent(), page.getNumber(), page.getTotalPages(), page.getTotalElements(),
				page.getSize());
	}

	/**
	 * The request for a page number as typed in the address: below 0 is the first page, and a number whose
	 * offset the database query cannot hold (past the end of any list) is the last such page, empty.
	 */
	public static PageRequest request(int page, int size, Sort sort) {
		int last = Integer.MAX_VALUE / size - 1;
		return PageRequest.of(Math.min(Math.max(page, 0), last), size, sort);
	}

	/**
	 * A page of rows read with the request's offset and limit. The total is counted only when the rows do
	 * not tell it: a page that is neither empty nor full is the last one, and needs no count.
	 */
	public static <T> PageView<T> of(List<T> items, PageRequest request, LongSupplier count) {
		int size = request.getPageSize();
		long total = !items.isEmpty() && items.size() < size ? request.getOffset() + items.size() : count.getAsLong();
		return new PageView<>(items, request.getPageNumber(), (int) ((total + size - 1) / size), total, size);
	}

	/**
	 * {@link #of(List, PageRequest, LongSupplier)} for a list counted up to {@code cap}: {@code count} need not
	 * count past {@code cap + 1} (e.g. {@code select count(*) from (select 1 ... limit cap + 1) x}). A list of
	 * more than {@code cap} items has the pages up to the cap, its total told as "more than {@code cap}".
	 */
	public static <T> PageView<T> of(List<T> items, PageRequest request, LongSupplier count, long cap) {
		int size = request.getPageSize();
		long counted = !items.isEmpty() && items.size() < size ? request.getOffset() + items.size() : count.getAsLong();
		boolean more = counted > cap;
		long total = more ? cap : counted;
		return new PageView<>(items, request.getPageNumber(), (int) ((total + size - 1) / size), total, size, more);
	}

	/** The last page number a list counted up to {@code cap} offers (its pages hold the first cap items). */
	public static int lastPageUpTo(long cap, int size) {
		return (int) Math.max(0, (cap + size - 1) / size - 1);
	}

	public boolean hasPrevious() {
		return this.number > 0;
	}

	public boolean hasNext() {
		return this.number + 1 < this.totalPages;
	}

}
