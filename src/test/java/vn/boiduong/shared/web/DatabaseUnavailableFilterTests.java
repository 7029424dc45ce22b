package vn.boiduong.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUnavailableFilterTests {

	private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(messages());

	@Test
	void aDatabaseOutageGetsAFriendlyVietnamese503WithoutStackTrace() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/courses"), response, (req, res) -> {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new java.sql.SQLTransientConnectionException("Connection is not available"));
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString()).contains("Cơ sở dữ liệu tạm thời không truy cập được")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

	@Test
	void otherFailuresAreLeftToTheErrorPages() {
		assertThatThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("GET", "/"),
				new MockHttpServletResponse(), (req, res) -> {
					throw new IllegalStateException("boom");
				}))
			.isInstanceOf(IllegalStateException.class);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/shared");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
