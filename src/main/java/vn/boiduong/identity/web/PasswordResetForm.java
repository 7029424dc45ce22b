package vn.boiduong.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new password an administrator sets for someone who forgot theirs. */
record PasswordResetForm(@NotBlank @Size(max = 100) String password) {

	static PasswordResetForm empty() {
		return new PasswordResetForm("");
	}

}
