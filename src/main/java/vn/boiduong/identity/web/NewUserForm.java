package vn.boiduong.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account: who, how to reach them, and the password they sign in with the first time. */
record NewUserForm(@NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]*") String username,
		@NotBlank @Size(max = 200) String fullName, @Email @Size(max = 200) String email,
		@Size(max = 30) @Pattern(regexp = "[0-9 +().-]*") String phone, @NotBlank @Size(max = 100) String password) {

	static NewUserForm empty() {
		return new NewUserForm("", "", "", "", "");
	}

}
