package vn.boiduong.shared.document;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import vn.boiduong.shared.document.Block.Align;
import vn.boiduong.shared.document.PartyDocument.Orientation;
import vn.boiduong.shared.document.PartyDocument.Signature;

/**
 * Prints a {@link PartyDocument} as a PDF in its issuer's format. The Party format, laid out by Hướng
 * dẫn 36-HD/VPTW (2018): A4; margins top and bottom 20 mm, left 30 mm, right 15 mm; a Times-like font with Vietnamese letters, embedded; top right
 * "ĐẢNG CỘNG SẢN VIỆT NAM" (bold, 15 pt) with a rule as long as the words under it and the place and
 * date in italics; top left the parent committee in capitals, the issuing body in bold capitals, a star
 * and the number; the kind of paper in bold capitals (16 pt), the summary in bold under it and five
 * dashes; the body at 14 pt, justified, first lines indented; "Nơi nhận:" underlined at the bottom left
 * (12 pt list) beside the signature block; page numbers from page 2, centred at the top. The state
 * format of Nghị định 30/2020/NĐ-CP (Phụ lục I), for a political school, which HD 36 does not cover:
 * the same page, margins and body; top right "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do -
 * Hạnh phúc" ruled under; top left the governing body, the issuer in bold with a short rule, "Số: …";
 * a short rule under the summary; "Nơi nhận:" in bold italics.
 *
 * <p>
 * Stateless and thread-safe.
 */
public final class PartyDocumentPdf {

	private static final float MM = 72f / 25.4f;

	static final float MARGIN_TOP = 20 * MM;

	static final float MARGIN_BOTTOM = 20 * MM;

	static final float MARGIN_LEFT = 30 * MM;

	static final float MARGIN_RIGHT = 15 * MM;

	static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

	static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

	static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

	/** NĐ 30/2020: the national title, the governing body, the issuer and the number at 12–13 pt. */
	private static final float STATE_HEADER_SIZE = 13f;

	/** NĐ 30/2020: the motto and the date line at 13–14 pt. */
	private static final float MOTTO_SIZE = 14f;

	private static final float BODY_SIZE = 14f;

	private static final float PARTY_SIZE = 15f;

	private static final float TITLE_SIZE = 16f;

	private static final float RECIPIENT_SIZE = 12f;

	private static final float FIRST_LINE_INDENT = 10 * MM;

	private static final float LINE = 1.2f;

	private PartyDocumentPdf() {
	}

	/** The paper as PDF bytes. */
	public static byte[] render(PartyDocument paper) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		write(paper, out);
		return out.toByteArray();
	}

	/** Writes the paper as PDF to {@code out}; the stream is left open. */
	public static void write(PartyDocument paper, OutputStream out) {
		Rectangle page = paper.orientation() == Orientation.LANDSCAPE ? PageSize.A4.rotate() : PageSize.A4;
		Document document = new Document(page, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setPageEvent(new PageNumbers());
		writer.setCloseStream(false);
		document.addTitle(DocumentText.nfc((paper.title() + " " + paper.subtitle()).strip()));
		document.addCreator("boiduong");
		document.open();
		document.add(header(paper, page.getWidth() - MARGIN_LEFT - MARGIN_RIGHT));
		addTitle(document, paper);
		for (Block block : paper.body()) {
			add(document, block);
		}
		if (paper.signature() != null || !paper.recipients().isEmpty()) {
			document.add(closing(paper.format(), paper.signature(), paper.recipients()));
		}
		document.close();
	}

	// The header: two columns whose lines face each other, so that the date sits level with the number.
	private static PdfPTable header(PartyDocument paper, float contentWidth) {
		return paper.format() == DocumentFormat.STATE ? stateHeader(paper, contentWidth) : partyHeader(paper, contentWidth);
	}

	// HD 36: left the superior committee, the issuer in bold, a star, the number; right the Party's name
	// with a rule as long as the words, the place and date in italics level with the number.
	private static PdfPTable partyHeader(PartyDocument paper, float contentWidth) {
		List<Phrase> left = new ArrayList<>();
		if (!paper.issuerParent().isBlank()) {
			left.add(new Phrase(DocumentText.upper(paper.issuerParent()), PdfFonts.regular(BODY_SIZE)));
		}
		left.add(new Phrase(DocumentText.upper(paper.issuerName()), PdfFonts.bold(BODY_SIZE)));
		left.add(new Phrase("*", PdfFonts.regular(BODY_SIZE)));
		left.add(new Phrase(paper.documentNumber(), PdfFonts.regular(BODY_SIZE)));

		List<Phrase> right = new ArrayList<>();
		right.add(new Phrase(PARTY, PdfFonts.bold(PARTY_SIZE)));
		Phrase date = new Phrase(DocumentText.placeAndDate(paper.place(), paper.date()), PdfFonts.italic(BODY_SIZE));
		right.add(date);

		float partyWidth = PdfFonts.BOLD.getWidthPoint(PARTY, PARTY_SIZE);
		float dateWidth = PdfFonts.ITALIC.getWidthPoint(date.getContent(), BODY_SIZE);
		faceLastLines(left, right);
		return twoColumns(left, right, contentWidth, Math.max(partyWidth, dateWidth), Map.of(), Map.of(0, partyWidth));
	}

	// NĐ 30/2020, Phụ lục I: left the governing body in capitals, the issuer in bold capitals with a short
	// rule under it (a third to a half of the line), "Số: …" under them; right the national title in bold
	// capitals, the motto in bold with a rule as long as it, the place and date in italics.
	private static PdfPTable stateHeader(PartyDocument paper, float contentWidth) {
		List<Phrase> left = new ArrayList<>();
		if (!paper.issuerParent().isBlank()) {
			left.add(new Phrase(DocumentText.upper(paper.issuerParent()), PdfFonts.regular(STATE_HEADER_SIZE)));
		}
		String issuer = DocumentText.upper(paper.issuerName());
		left.add(new Phrase(issuer, PdfFonts.bold(STATE_HEADER_SIZE)));
		int issuerRow = left.size() - 1;
		left.add(new Phrase(paper.documentNumber(), PdfFonts.regular(STATE_HEADER_SIZE)));

		List<Phrase> right = new ArrayList<>();
		right.add(new Phrase(NATION, PdfFonts.bold(STATE_HEADER_SIZE)));
		right.add(new Phrase(MOTTO, PdfFonts.bold(MOTTO_SIZE)));
		Phrase date = new Phrase(DocumentText.placeAndDate(paper.place(), paper.date()), PdfFonts.italic(MOTTO_SIZE));
		right.add(date);

		float nationWidth = PdfFonts.BOLD.getWidthPoint(NATION, STATE_HEADER_SIZE);
		float mottoWidth = PdfFonts.BOLD.getWidthPoint(MOTTO, MOTTO_SIZE);
		float dateWidth = PdfFonts.ITALIC.getWidthPoint(date.getContent(), MOTTO_SIZE);
		int mottoRow = 1 + Math.max(0, left.size() - right.size());
		faceLastLines(left, right);
		float issuerWidth = Math.min(PdfFonts.BOLD.getWidthPoint(issuer, STATE_HEADER_SIZE), contentWidth * 0.4f);
		return twoColumns(left, right, contentWidth, Math.max(nationWidth, dateWidth),
				Map.of(issuerRow, issuerWidth * 0.4f), Map.of(mottoRow, mottoWidth));
	}

	// Pads the shorter column before its last line, so that the number and the date face each other.
	private static void faceLastLines(List<Phrase> left, List<Phrase> right) {
		while (right.size() < left.size()) {
			right.add(right.size() - 1, new Phrase(" ", PdfFonts.regular(BODY_SIZE)));
		}
		while (left.size() < right.size()) {
			left.add(left.size() - 1, new Phrase(" ", PdfFonts.regular(BODY_SIZE)));
		}
	}

	// The two columns of a header, the right one wide enough for its longest line; a rule of the given
	// length under the lines named in the maps (by row).
	private static PdfPTable twoColumns(List<Phrase> left, List<Phrase> right, float contentWidth, float rightLine,
			Map<Integer, Float> leftRules, Map<Integer, Float> rightRules) {
		float rightWidth = Math.min(contentWidth * 0.62f, Math.max(contentWidth * 0.52f, rightLine + 12));
		PdfPTable table = new PdfPTable(new float[] { contentWidth - rightWidth, rightWidth });
		table.setWidthPercentage(100);
		for (int i = 0; i < left.size(); i++) {
			table.addCell(ruled(headerCell(left.get(i)), leftRules.get(i)));
			table.addCell(ruled(headerCell(right.get(i)), rightRules.get(i)));
		}
		table.setSpacingAfter(14);
		return table;
	}

	private static PdfPCell ruled(PdfPCell cell, Float ruleLength) {
		if (ruleLength != null) {
			cell.setCellEvent(new RuleUnder(ruleLength));
			cell.setPaddingBottom(9);
		}
		return cell;
	}

	private static PdfPCell headerCell(Phrase phrase) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		cell.setPadding(0);
		cell.setPaddingBottom(2);
		cell.setLeading(0, LINE);
		return cell;
	}

	private static void addTitle(Document document, PartyDocument paper) {
		Paragraph title = new Paragraph(DocumentText.upper(paper.title()), PdfFonts.bold(TITLE_SIZE));
		title.setAlignment(Element.ALIGN_CENTER);
		title.setLeading(0, LINE);
		title.setSpacingBefore(6);
		document.add(title);
		if (!paper.subtitle().isBlank()) {
			Paragraph subtitle = new Paragraph(paper.subtitle(), PdfFonts.bold(BODY_SIZE));
			subtitle.setAlignment(Element.ALIGN_CENTER);
			subtitle.setLeading(0, LINE);
			document.add(subtitle);
		}
		if (paper.format() == DocumentFormat.STATE) {
			// NĐ 30/2020: a solid rule under the summary, a third to a half of its line.
			PdfPTable rule = new PdfPTable(1);
			rule.setWidthPercentage(100);
			PdfPCell cell = new PdfPCell(new Phrase(" ", PdfFonts.regular(4)));
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setFixedHeight(8);
			cell.setCellEvent(new RuleUnder(30 * MM));
			rule.addCell(cell);
			rule.setSpacingAfter(12);
			document.add(rule);
			return;
		}
		Paragraph dashes = new Paragraph("-----", PdfFonts.regular(BODY_SIZE));
		dashes.setAlignment(Element.ALIGN_CENTER);
		dashes.setLeading(0, LINE);
		dashes.setSpacingAfter(10);
		document.add(dashes);
	}

	private static void add(Document document, Block block) {
		if (block instanceof Block.Heading heading) {
			document.add(heading(heading));
		}
		else if (block instanceof Block.Paragraph paragraph) {
			document.add(paragraph(paragraph));
		}
		else if (block instanceof Block.BulletList list) {
			for (String item : list.items()) {
				document.add(bodyParagraph(new Phrase("- " + item, PdfFonts.regular(BODY_SIZE)), Align.JUSTIFIED));
			}
		}
		else if (block instanceof Block.Table table) {
			document.add(table(table));
		}
		else if (block instanceof Block.PageBreak) {
			document.newPage();
		}
	}

	private static Paragraph heading(Block.Heading heading) {
		Font font = switch (heading.level()) {
			case 1 -> PdfFonts.bold(BODY_SIZE);
			case 2 -> PdfFonts.bold(BODY_SIZE);
			default -> PdfFonts.of(true, true, BODY_SIZE);
		};
		String text = heading.level() == 1 ? DocumentText.upper(heading.text()) : heading.text();
		Paragraph paragraph = bodyParagraph(new Phrase(text, font), Align.JUSTIFIED);
		paragraph.setSpacingBefore(heading.level() == 1 ? 6 : 3);
		return paragraph;
	}

	private static Paragraph paragraph(Block.Paragraph block) {
		Phrase phrase = new Phrase();
		for (Block.Span span : block.spans()) {
			phrase.add(new Chunk(span.text(), PdfFonts.of(span.bold(), span.italic(), BODY_SIZE)));
		}
		return bodyParagraph(phrase, block.align());
	}

	private static Paragraph bodyParagraph(Phrase phrase, Align align) {
		Paragraph paragraph = new Paragraph(phrase);
		// The paragraph's own font also sets the spacing it adds; left unset it would pull in Helvetica.
		paragraph.setFont(PdfFonts.regular(BODY_SIZE));
		paragraph.setLeading(0, LINE);
		paragraph.setAlignment(alignment(align));
		if (align == Align.JUSTIFIED || align == Align.LEFT) {
			paragraph.setFirstLineIndent(FIRST_LINE_INDENT);
		}
		paragraph.setSpacingAfter(4);
		return paragraph;
	}

	private static PdfPTable table(Block.Table block) {
		float[] widths = new float[block.columns().size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = block.columns().get(i).width();
		}
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSpacingBefore(4);
		table.setSpacingAfter(8);
		Font headerFont = PdfFonts.bold(block.fontSize());
		for (Block.Column column : block.columns()) {
			PdfPCell cell = tableCell(new Phrase(column.title(), headerFont), Align.CENTER);
			cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
			table.addCell(cell);
		}
		Font font = PdfFonts.regular(block.fontSize());
		for (List<String> row : block.rows()) {
			for (int i = 0; i < row.size(); i++) {
				PdfPCell cell = tableCell(new Phrase(row.get(i), font), block.columns().get(i).align());
				if (block.minRowHeight() > 0) {
					cell.setMinimumHeight(block.minRowHeight());
				}
				table.addCell(cell);
			}
		}
		return table;
	}

	private static PdfPCell tableCell(Phrase phrase, Align align) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setHorizontalAlignment(alignment(align));
		cell.setVerticalAlignment(Element.ALIGN_TOP);
		cell.setBorderWidth(0.5f);
		cell.setPadding(3);
		cell.setPaddingBottom(5);
		cell.setLeading(0, 1.15f);
		return cell;
	}

	// "Nơi nhận:" at the bottom left, the signature block at the right, kept together on one page. HD 36
	// underlines the label (14 pt, the list 12 pt); NĐ 30/2020 sets it in bold italics (12 pt, the list 11 pt).
	private static PdfPTable closing(DocumentFormat format, Signature signature, List<String> recipients) {
		PdfPTable table = new PdfPTable(new float[] { 1f, 1.1f });
		table.setWidthPercentage(100);
		table.setSpacingBefore(10);
		table.setKeepTogether(true);

		PdfPCell left = new PdfPCell();
		left.setBorder(Rectangle.NO_BORDER);
		left.setPadding(0);
		if (!recipients.isEmpty()) {
			boolean state = format == DocumentFormat.STATE;
			Chunk label = new Chunk("Nơi nhận:", state ? PdfFonts.of(true, true, RECIPIENT_SIZE) : PdfFonts.regular(BODY_SIZE));
			if (!state) {
				label.setUnderline(0.6f, -2f);
			}
			Paragraph heading = new Paragraph(label);
			heading.setFont(PdfFonts.regular(BODY_SIZE));
			heading.setLeading(0, LINE);
			left.addElement(heading);
			for (String recipient : recipients) {
				Paragraph line = new Paragraph("- " + recipient, PdfFonts.regular(state ? RECIPIENT_SIZE - 1 : RECIPIENT_SIZE));
				line.setLeading(0, 1.1f);
				left.addElement(line);
			}
		}
		table.addCell(left);

		PdfPCell right = new PdfPCell();
		right.setBorder(Rectangle.NO_BORDER);
		right.setPadding(0);
		if (signature != null) {
			List<String> lines = new ArrayList<>(signature.capacity().lines().toList());
			lines.add(signature.title());
			for (String line : lines) {
				if (!line.isBlank()) {
					right.addElement(centered(DocumentText.upper(line), PdfFonts.bold(BODY_SIZE), 0));
				}
			}
			right.addElement(centered(signature.signerName(), PdfFonts.bold(BODY_SIZE), 64));
		}
		table.addCell(right);
		return table;
	}

	private static Paragraph centered(String text, Font font, float spacingBefore) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setLeading(0, LINE);
		paragraph.setSpacingBefore(spacingBefore);
		return paragraph;
	}

	private static int alignment(Align align) {
		return switch (align) {
			case LEFT -> Element.ALIGN_LEFT;
			case CENTER -> Element.ALIGN_CENTER;
			case RIGHT -> Element.ALIGN_RIGHT;
			case JUSTIFIED -> Element.ALIGN_JUSTIFIED;
		};
	}

	/** The rule under "ĐẢNG CỘNG SẢN VIỆT NAM", as long as the words, centred under them. */
	private record RuleUnder(float length) implements PdfPCellEvent {

		@Override
		public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
			PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
			float middle = (position.getLeft() + position.getRight()) / 2;
			float y = position.getBottom() + 4;
			canvas.saveState();
			canvas.setLineWidth(0.6f);
			canvas.moveTo(middle - this.length / 2, y);
			canvas.lineTo(middle + this.length / 2, y);
			canvas.stroke();
			canvas.restoreState();
		}

	}

	/** Page numbers from the second page on, centred in the top margin (HD 36). */
	private static final class PageNumbers extends PdfPageEventHelper {

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			int number = writer.getPageNumber();
			if (number < 2) {
				return;
			}
			Rectangle page = document.getPageSize();
			float x = (document.left() + document.right()) / 2;
			float y = page.getHeight() - MARGIN_TOP / 2 - 4;
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
					new Phrase(String.valueOf(number), PdfFonts.regular(BODY_SIZE)), x, y, 0);
		}

	}

}
