package vn.boiduong.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.boiduong.shared.document.DocumentText;

/**
 * Responses that download a file (a printed paper, an exported table) under a Vietnamese file name.
 * The name is sent twice (RFC 6266): {@code filename="…"} without diacritics for old clients, and
 * {@code filename*=UTF-8''…} (RFC 5987) with them, which browsers prefer. The files hold personal data,
 * so nothing caches them.
 */
public final class Downloads {

	public static final MediaType PDF = MediaType.APPLICATION_PDF;

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	/** A PDF to download as {@code filename} (".pdf" is added when missing). */
	public static ResponseEntity<byte[]> pdf(String filename, byte[] body) {
		return file(withExtension(filename, ".pdf"), PDF, body);
	}

	/** An Excel workbook to download as {@code filename} (".xlsx" is added when missing). */
	public static ResponseEntity<byte[]> xlsx(String filename, byte[] body) {
		return file(withExtension(filename, ".xlsx"), XLSX, body);
	}

	public static ResponseEntity<byte[]> file(String filename, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.contentLength(body.length)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(filename))
			.body(body);
	}

	/** {@code attachment; filename="Ke hoach.pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch.pdf} */
	public static String attachment(String filename) {
		String name = DocumentText.nfc(filename).replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
		if (name.isEmpty()) {
			name = "download";
		}
		String fallback = DocumentText.ascii(name).replace('"', '_');
		return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encode(name);
	}

	private static String withExtension(String filename, String extension) {
		String name = DocumentText.nfc(filename);
		return name.toLowerCase().endsWith(extension) ? name : name + extension;
	}

	// RFC 5987 ext-value: UTF-8 bytes, everything but attr-char percent-encoded.
	private static String encode(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				out.append((char) c);
			}
			else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}

}
