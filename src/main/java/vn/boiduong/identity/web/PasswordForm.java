package vn.boiduong.identity.web;

import jakarta.validation.constraints.NotBlank;

record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

}
