package vn.boiduong.attendance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a reflection file is, judged by its content and not by its name (DESIGN §9): PDF, DOCX (a zip
 * holding word/document.xml), JPEG or PNG; anything else is refused.
 */
enum ReflectionFile {

	PDF("application/pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	JPEG("image/jpeg"), PNG("image/png");

	/** HD 59 reflections are short: 10 MB is room for a scanned page or a photo of one. */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	/** A zip read for its entry names stops after this many entries (a zip bomb has thousands). */
	private static final int MAX_ENTRIES = 2000;

	final String contentType;

	ReflectionFile(String contentType) {
		this.contentType = contentType;
	}

	/** The kind of the content, or null when it is none of the four. */
	static ReflectionFile of(byte[] c) {
		if (starts(c, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return PDF;
		}
		if (starts(c, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return PNG;
		}
		if (starts(c, 0xFF, 0xD8, 0xFF)) {
			return JPEG;
		}
		if (starts(c, 0x50, 0x4B, 0x03, 0x04) && isWordDocument(c)) {
			return DOCX;
		}
		return null;
	}

	private static boolean starts(byte[] c, int... magic) {
		if (c.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((c[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/** Only the entry names are read, never their content. */
	private static boolean isWordDocument(byte[] c) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(c))) {
			ZipEntry entry;
			int n = 0;
			while ((entry = zip.getNextEntry()) != null && n++ < MAX_ENTRIES) {
				if ("word/document.xml".equals(entry.getName())) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
