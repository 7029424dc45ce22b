package vn.boiduong.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.boiduong.identity.UserView;

/** The profile of an account, with the version the administrator saw. */
record ProfileForm(@NotBlank @Size(max = 200) String fullName, @Email @Size(max = 200) String email,
		@Size(max = 30) @Pattern(regexp = "[0-9 +().-]*") String phone, Long version) {

	static ProfileForm of(UserView user) {
		return new ProfileForm(user.fullName(), user.email(), user.phone(), user.version());
	}

}
