package vn.boiduong.shared.web;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** A view's template variables stay in its own map; what the filters and the controller set is still read. */
class TemplateVariablesTests {

	@Test
	void attributesSetWhileRenderingStayInTheViewAndTheRequestsOwnAreStillSeen() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute("_csrf", "token");
		request.setAttribute("shadowed", "request");
		TemplateVariables.RenderingRequest rendering = new TemplateVariables.RenderingRequest(request);

		rendering.setAttribute("p", "page");
		rendering.setAttribute("shadowed", "loop variable");
		assertThat(rendering.getAttribute("_csrf")).isEqualTo("token");
		assertThat(rendering.getAttribute("p")).isEqualTo("page");
		assertThat(rendering.getAttribute("shadowed")).isEqualTo("loop variable");
		assertThat(request.getAttribute("p")).as("not written to the request").isNull();
		assertThat(request.getAttribute("shadowed")).isEqualTo("request");

		rendering.removeAttribute("shadowed");
		assertThat(rendering.getAttribute("shadowed")).as("a removal hides the request's value too").isNull();
		rendering.setAttribute("p", null);
		assertThat(rendering.getAttribute("p")).isNull();
		assertThat(Collections.list(rendering.getAttributeNames())).contains("_csrf").doesNotContain("shadowed", "p");
		rendering.setAttribute("shadowed", "again");
		assertThat(Collections.list(rendering.getAttributeNames())).contains("_csrf", "shadowed");
	}

}
