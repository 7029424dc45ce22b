package vn.boiduong.learner.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.boiduong.support.ServerTest;
import vn.boiduong.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner list file over the limit, sent to the real server: the import page says in Vietnamese that
 * the file is too large (the server's own upload limit lies above the page's, so the file reaches it),
 * instead of a bare "413 Payload Too Large" from the container.
 */
@ServerTest
class LargeLearnerListTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFileOverFiveMegabytesGetsTheImportPageWithItsMessage() {
		WebSession office = new WebSession(this.port);
		office.signIn("anphu.tochuc", "demo1234");
		Long unit = this.jdbc.queryForObject("select id from org_unit where name = 'Huyện ủy An Phú'", Long.class);

		HttpResponse<String> answer = office.postFile("/learners/import", "/learners/import", "file", "danh-sach.xlsx",
				new byte[7 * 1024 * 1024], "unit", unit.toString());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("id=\"import-problems\"", "Tệp lớn hơn 5 MB.");
	}

}
