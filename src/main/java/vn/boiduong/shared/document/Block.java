package vn.boiduong.shared.document;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One piece of the body of an official paper, printed in order. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.BulletList, Block.Table, Block.PageBreak {

	/** How a paragraph or a table column lines up. */
	enum Align {

		LEFT, CENTER, RIGHT, JUSTIFIED

	}

	static Heading heading(int level, String text) {
		return new Heading(level, text);
	}

	static Paragraph paragraph(String text) {
		return new Paragraph(List.of(Span.plain(text)), Align.JUSTIFIED);
	}

	/** A paragraph that starts with a bold label: "Thời gian: 05 ngày, từ …". */
	static Paragraph labelled(String label, String text) {
		return new Paragraph(List.of(Span.bold(label), Span.plain(text)), Align.JUSTIFIED);
	}

	static BulletList bullets(List<String> items) {
		return new BulletList(items);
	}

	static BulletList bullets(String... items) {
		return new BulletList(Arrays.asList(items));
	}

	static PageBreak pageBreak() {
		return new PageBreak();
	}

	/**
	 * A heading of the body. Level 1 ("I. MỤC ĐÍCH, YÊU CẦU") prints in bold capitals, level 2
	 * ("1. Mục đích") in bold, level 3 ("a) …") in bold italics.
	 */
	record Heading(int level, String text) implements Block {

		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("A heading level is 1, 2 or 3, not " + level);
			}
			text = DocumentText.nfc(text);
		}

	}

	/** A run of text inside a paragraph, bold and/or italic. */
	record Span(String text, boolean bold, boolean italic) {

		public Span {
			text = DocumentText.nfc(text);
		}

		public static Span plain(String text) {
			return new Span(text, false, false);
		}

		public static Span bold(String text) {
			return new Span(text, true, false);
		}

		public static Span italic(String text) {
			return new Span(text, false, true);
		}

	}

	/** A paragraph; justified paragraphs start with the first-line indent of the format. */
	record Paragraph(List<Span> spans, Align align) implements Block {

		public Paragraph {
			spans = List.copyOf(spans);
			align = Objects.requireNonNullElse(align, Align.JUSTIFIED);
		}

		public static Paragraph of(Align align, Span... spans) {
			return new Paragraph(List.of(spans), align);
		}

	}

	/** Items printed one a line, each after a dash, as Party papers list them. */
	record BulletList(List<String> items) implements Block {

		public BulletList {
			items = items.stream().map(DocumentText::nfc).toList();
		}

	}

	/** A column of a table: its title, its relative width, and how its cells line up. */
	record Column(String title, float width, Align align) {

		public Column {
			title = DocumentText.nfc(title);
			if (!(width > 0)) {
				throw new IllegalArgumentException("A column width must be positive: " + title);
			}
			align = Objects.requireNonNullElse(align, Align.LEFT);
		}

		public static Column of(String title, float width) {
			return new Column(title, width, Align.LEFT);
		}

		public static Column centered(String title, float width) {
			return new Column(title, width, Align.CENTER);
		}

		public static Column right(String title, float width) {
			return new Column(title, width, Align.RIGHT);
		}

	}

	/**
	 * A table with a header row repeated on every page. A cell may hold several lines separated by
	 * {@code \n}. {@code minRowHeight} (points, 0 for none) leaves room, for example for signatures on
	 * an attendance sheet.
	 */
	record Table(List<Column> columns, List<List<String>> rows, float fontSize, float minRowHeight) implements Block {

		public static final float DEFAULT_FONT_SIZE = 12f;

		public Table {
			columns = List.copyOf(columns);
			if (columns.isEmpty()) {
				throw new IllegalArgumentException("A table needs at least one column");
			}
			int width = columns.size();
			rows = rows.stream().map(row -> {
				if (row.size() != width) {
					throw new IllegalArgumentException(
							"A row has " + row.size() + " cells but the table has " + width + " columns: " + row);
				}
				return row.stream().map(DocumentText::nfc).toList();
			}).toList();
			if (fontSize <= 0) {
				fontSize = DEFAULT_FONT_SIZE;
			}
			if (minRowHeight < 0) {
				minRowHeight = 0;
			}
		}

		public Table(List<Column> columns, List<List<String>> rows) {
			this(columns, rows, DEFAULT_FONT_SIZE, 0);
		}

	}

	/** The rest of the body starts on a new page. */
	record PageBreak() implements Block {

	}

}
