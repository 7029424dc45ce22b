package vn.boiduong.shared.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadsTests {

	@Test
	void pdfCarriesTheVietnameseNameEncodedAndAnAsciiFallback() {
		ResponseEntity<byte[]> response = Downloads.pdf("Kế hoạch lớp Đảng ủy xã Khánh An", new byte[] { 1, 2, 3 });

		assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
		assertThat(response.getHeaders().getContentLength()).isEqualTo(3);
		assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
		String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment; filename=\"Ke hoach lop Dang uy xa Khanh An.pdf\"; filename*=UTF-8''");
		String encoded = disposition.substring(disposition.indexOf("UTF-8''") + 7);
		assertThat(encoded).doesNotContain(" ", "\"");
		assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("Kế hoạch lớp Đảng ủy xã Khánh An.pdf");
	}

	@Test
	void xlsxNameIsNormalizedAndCannotEscapeTheHeader() {
		String decomposed = Normalizer.normalize("Lịch học\"\r\n/x", Normalizer.Form.NFD);
		ResponseEntity<byte[]> response = Downloads.xlsx(decomposed, new byte[0]);

		assertThat(response.getHeaders().getContentType())
			.hasToString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).doesNotContain("\r", "\n").contains("filename=\"Lich hoc____x.xlsx\"");
		String encoded = disposition.substring(disposition.indexOf("UTF-8''") + 7);
		assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("Lịch học\"___x.xlsx");
	}

}
