package vn.boiduong.identity.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A password the hash cannot hold whole (BCrypt reads at most 72 bytes; a Vietnamese letter takes two
 * or three) is refused on the field, never a 500.
 */
@IntegrationTest
class LongPasswordTests {

	/** 80 ASCII characters: within the form's 100, beyond BCrypt's 72 bytes. */
	static final String EIGHTY_CHARACTERS = "a".repeat(80);

	/** 30 characters but 90 bytes in UTF-8. */
	static final String THIRTY_VIETNAMESE_LETTERS = "ữ".repeat(30);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithUserDetails("admin")
	void anAccountCreatedWithAPasswordTooLongToHashIsRefusedOnTheField() throws Exception {
		String username = "dai" + System.nanoTime();
		this.mvc.perform(post("/admin/users").with(csrf())
				.param("username", username)
				.param("fullName", "Người Mật Khẩu Dài")
				.param("email", "")
				.param("phone", "")
				.param("password", EIGHTY_CHARACTERS))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.error.tooLong"));
		assertThat(this.jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class,
				username))
			.isZero();
	}

	@Test
	@WithUserDetails("admin")
	void aPasswordResetTooLongToHashIsRefusedOnTheField() throws Exception {
		Long id = this.jdbc.queryForObject("select id from user_account where username = 'anphu.giangvien'", Long.class);
		String hash = this.jdbc.queryForObject("select password_hash from user_account where id = ?", String.class, id);
		this.mvc.perform(post("/admin/users/{id}/password", id).with(csrf()).param("password", THIRTY_VIETNAMESE_LETTERS))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "password", "password.error.tooLong"));
		assertThat(this.jdbc.queryForObject("select password_hash from user_account where id = ?", String.class, id))
			.isEqualTo(hash);
	}

	@Test
	@WithUserDetails("binhson.tuyengiao")
	void anOwnNewPasswordTooLongToHashIsRefusedOnTheField() throws Exception {
		this.mvc.perform(post("/account/password").with(csrf())
				.param("currentPassword", "demo1234")
				.param("newPassword", EIGHTY_CHARACTERS)
				.param("confirmPassword", EIGHTY_CHARACTERS))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.error.tooLong"));
	}

}
