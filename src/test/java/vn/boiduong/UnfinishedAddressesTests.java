package vn.boiduong;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.boiduong.support.IntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An address with nothing behind it yet is not opened to anonymous visitors ahead of time. */
@IntegrationTest
class UnfinishedAddressesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void certificateVerificationIsClosedToAnonymousVisitorsUntilItsPageExists() throws Exception {
		for (String path : new String[] { "/verify", "/verify/CC-2026-0001", "/verify/a/b" }) {
			this.mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
	}

}
