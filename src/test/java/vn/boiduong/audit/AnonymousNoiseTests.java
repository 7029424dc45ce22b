package vn.boiduong.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Strangers cannot flood the append-only audit log: refused anonymous requests are counted on one row
 * per address and minute, while a signed-in user's refusal stays an audit event of its own.
 */
@IntegrationTest
class AnonymousNoiseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void twentyAnonymousPostsWithoutATokenAddAtMostOneRowAMinute() throws Exception {
		String address = uniqueAddress();
		long eventsBefore = auditEvents();
		Instant firstMinute = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);

		for (int i = 0; i < 20; i++) {
			this.mvc.perform(post("/courses").param("name", "x").with(from(address))).andExpect(status().isForbidden());
		}

		Instant lastMinute = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		long minutes = firstMinute.equals(lastMinute) ? 1 : 2;
		assertThat(auditEvents()).as("no audit event for anonymous noise").isEqualTo(eventsBefore);
		Map<String, Object> noise = this.jdbc.queryForMap(
				"select count(*) as rows, coalesce(sum(requests), 0) as requests from audit_anonymous_noise where address = ?",
				address);
		assertThat(((Number) noise.get("rows")).longValue()).isEqualTo(minutes);
		assertThat(((Number) noise.get("requests")).longValue()).isEqualTo(20);
	}

	@Test
	void aSignedInUsersRefusalIsStillAnAuditEventOfItsOwn() throws Exception {
		String address = uniqueAddress();

		this.mvc.perform(post("/account/password").with(user(this.userDetails.loadUserByUsername("anphu.giangvien")))
			.with(from(address)))
			.andExpect(status().isForbidden());

		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = 'anphu.giangvien' and remote_addr = ?",
				Long.class, address))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_anonymous_noise where address = ?", Long.class,
				address))
			.isZero();
	}

	@Test
	void theAuditPageShowsTheCountedNoise() throws Exception {
		String address = uniqueAddress();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(post("/login").with(from(address))).andExpect(status().isForbidden());
		}

		this.mvc.perform(get("/admin/audit").with(user(this.userDetails.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yêu cầu ẩn danh bị từ chối")))
			.andExpect(content().string(containsString(address)))
			.andExpect(content().string(containsString("POST /login")));
	}

	private long auditEvents() {
		return this.jdbc.queryForObject("select count(*) from audit_event", Long.class);
	}

	private static String uniqueAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
