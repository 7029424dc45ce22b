package vn.boiduong.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SameOriginRedirectsTests {

	@Test
	void anAbsoluteAddressOnTheRequestsOwnHostBecomesItsPath() {
		assertThat(SameOriginRedirects.relative("https://evil.example/courses?q=x&continue", "evil.example"))
			.isEqualTo("/courses?q=x&continue");
		assertThat(SameOriginRedirects.relative("http://EVIL.example:8080", "evil.example")).isEqualTo("/");
		assertThat(SameOriginRedirects.relative("http://evil.example/courses/1#timetable", "evil.example"))
			.isEqualTo("/courses/1#timetable");
	}

	@Test
	void aPathNeverBecomesAnAddressOfAnotherHost() {
		assertThat(SameOriginRedirects.relative("http://evil.example//other.example/x", "evil.example")).isEqualTo("/other.example/x");
	}

	@Test
	void relativeAndOtherHostsAddressesAreLeftAlone() {
		assertThat(SameOriginRedirects.relative("/login?error", "localhost")).isEqualTo("/login?error");
		assertThat(SameOriginRedirects.relative("https://other.example/", "localhost")).isEqualTo("https://other.example/");
		assertThat(SameOriginRedirects.relative("not a uri at all", "localhost")).isEqualTo("not a uri at all");
	}

}
