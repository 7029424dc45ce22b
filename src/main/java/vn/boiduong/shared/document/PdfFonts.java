package vn.boiduong.shared.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * Liberation Serif (metric-compatible with Times New Roman, with every Vietnamese letter), from
 * openpdf-fonts-extra, embedded as Identity-H so that any Unicode letter prints: with a standard PDF
 * font Vietnamese letters print as '#'. Loaded once; a {@link BaseFont} is shared by all documents,
 * each writer keeps its own subset.
 */
final class PdfFonts {

	static final BaseFont REGULAR = load("liberation/LiberationSerif-Regular.ttf");

	static final BaseFont BOLD = load("liberation/LiberationSerif-Bold.ttf");

	static final BaseFont ITALIC = load("liberation/LiberationSerif-Italic.ttf");

	static final BaseFont BOLD_ITALIC = load("liberation/LiberationSerif-BoldItalic.ttf");

	private PdfFonts() {
	}

	static Font regular(float size) {
		return new Font(REGULAR, size);
	}

	static Font bold(float size) {
		return new Font(BOLD, size);
	}

	static Font italic(float size) {
		return new Font(ITALIC, size);
	}

	static Font of(boolean bold, boolean italic, float size) {
		BaseFont base = bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
		return new Font(base, size);
	}

	private static BaseFont load(String resource) {
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font " + resource + " is missing: is openpdf-fonts-extra on the classpath?");
			}
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
