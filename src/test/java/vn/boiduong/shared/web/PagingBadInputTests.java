package vn.boiduong.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.support.IntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A page number far past the last page shows an empty page, never a 500. */
@IntegrationTest
class PagingBadInputTests {

	static final String HUGE = String.valueOf(Integer.MAX_VALUE);

	@Autowired
	MockMvc mvc;

	@Test
	@WithUserDetails("admin")
	void aPageNumberFarPastTheEndOfEveryListIsAnEmptyPage() throws Exception {
		for (String path : new String[] { "/courses", "/admin/users", "/admin/audit" }) {
			this.mvc.perform(get(path).param("page", HUGE)).andExpect(status().isOk());
		}
	}

}
