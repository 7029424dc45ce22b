package vn.boiduong.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A client address failing many names waits longer and longer before each attempt is checked, up to a
 * cap, never blocked; other addresses are not slowed. The waits are recorded, not slept
 * ({@link RecordingPause}).
 */
@IntegrationTest
class SignInSlowdownTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignInSlowdown slowdown;

	@Autowired
	RecordingPause pauses;

	@Test
	void anAddressFailingManyNamesWaitsLongerAndLongerUpToThreeSeconds() throws Exception {
		String address = uniqueAddress();
		String bystander = uniqueAddress();
		this.pauses.clear();

		for (int i = 0; i < 40; i++) {
			this.mvc.perform(signIn("ai.do." + UUID.randomUUID().toString().substring(0, 8), "sai-1234", address))
				.andExpect(redirectedUrl("/login?error"));
		}

		List<Duration> expected = new ArrayList<>();
		for (int failuresBefore = 21; failuresBefore < 40; failuresBefore++) {
			expected.add(Duration.ofMillis(Math.min(200L * (failuresBefore - 20), 3000)));
		}
		assertThat(this.pauses.pauses()).as("no wait for the first 20 failures, then 0.2 s more each, up to 3 s")
			.isEqualTo(expected);
		assertThat(this.slowdown.delayFor(address)).isEqualTo(Duration.ofSeconds(3));
		assertThat(this.slowdown.delayFor(bystander)).isZero();
	}

	@Test
	void theRightPasswordFromASlowedAddressStillSignsIn() throws Exception {
		String address = uniqueAddress();
		for (int i = 0; i < 25; i++) {
			this.mvc.perform(signIn("ai.do." + i, "sai-1234", address));
		}
		this.pauses.clear();

		this.mvc.perform(signIn("anphu.giangvien", "demo1234", address))
			.andExpect(redirectedUrl("/"));

		assertThat(this.pauses.pauses()).containsExactly(Duration.ofMillis(1000));
	}

	@Test
	void attemptsRefusedBecauseTheNameIsLockedCountForTheAddressToo() throws Exception {
		String address = uniqueAddress();
		String name = "bi.khoa." + UUID.randomUUID().toString().substring(0, 8);

		for (int i = 0; i < 25; i++) {
			this.mvc.perform(signIn(name, "sai-1234", address));
		}

		assertThat(this.slowdown.delayFor(address)).isEqualTo(Duration.ofMillis(1000));
	}

	@Test
	void theDelayGrowsWithTheFailuresBeyondTheFreeOnes() {
		SignInSlowdown rule = new SignInSlowdown(null, delay -> {
		}, 20, Duration.ofMillis(200), Duration.ofSeconds(3));

		assertThat(rule.delayAfter(0)).isZero();
		assertThat(rule.delayAfter(20)).isZero();
		assertThat(rule.delayAfter(21)).isEqualTo(Duration.ofMillis(200));
		assertThat(rule.delayAfter(25)).isEqualTo(Duration.ofMillis(1000));
		assertThat(rule.delayAfter(35)).isEqualTo(Duration.ofSeconds(3));
		assertThat(rule.delayAfter(1_000_000)).isEqualTo(Duration.ofSeconds(3));
	}

	private static String uniqueAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "172.16." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	/** The sign-in form posted from a client address. */
	private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
