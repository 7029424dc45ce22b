package vn.boiduong.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every demo account against every transition of the plan (DESIGN §2): the right role in the right
 * district moves the course on; anyone else gets 403 and the course is left exactly as it was. A
 * transition asked in the wrong status is refused with 409 and changes nothing either.
 */
@IntegrationTest
@Import(CourseFixtures.class)
class CourseWorkflowMatrixTests {

	static final List<String> ACCOUNTS = List.of("admin", "tinh.tuyengiao", "anphu.tuyengiao", "anphu.tochuc",
			"anphu.vanphong", "anphu.thuongtruc", "anphu.giamdoc", "anphu.giangvien", "binhson.tuyengiao");

	enum Transition {

		SUBMIT(CourseStatus.DRAFT, CourseStatus.UNDER_REVIEW, "anphu.tuyengiao", "anphu.giamdoc"),
		OPINION_OF_ORGANIZATION_BOARD(CourseStatus.UNDER_REVIEW, CourseStatus.UNDER_REVIEW, "anphu.tochuc"),
		OPINION_OF_OFFICE(CourseStatus.UNDER_REVIEW, CourseStatus.UNDER_REVIEW, "anphu.vanphong"),
		REQUEST_CHANGES(CourseStatus.UNDER_REVIEW, CourseStatus.DRAFT, "anphu.tochuc", "anphu.vanphong"),
		APPROVE(CourseStatus.AWAITING_DECISION, CourseStatus.APPROVED, "anphu.thuongtruc"),
		REJECT(CourseStatus.AWAITING_DECISION, CourseStatus.DRAFT, "anphu.thuongtruc"),
		CANCEL(CourseStatus.APPROVED, CourseStatus.CANCELLED, "anphu.tuyengiao", "anphu.giamdoc", "anphu.thuongtruc");

		final CourseStatus from;

		final CourseStatus to;

		final Set<String> allowed;

		Transition(CourseStatus from, CourseStatus to, String... allowed) {
			this.from = from;
			this.to = to;
			this.allowed = Set.of(allowed);
		}

		MockHttpServletRequestBuilder request(Long id, CourseFixtures fixtures) {
			return switch (this) {
				case SUBMIT -> post("/courses/{id}/submit", id).param("comment", "Kính gửi");
				case OPINION_OF_ORGANIZATION_BOARD -> post("/courses/{id}/opinion", id)
					.param("body", fixtures.unit("AP.BTC").id().toString())
					.param("verdict", "CONCUR")
					.param("comment", "Thống nhất");
				case OPINION_OF_OFFICE -> post("/courses/{id}/opinion", id)
					.param("body", fixtures.unit("AP.VP").id().toString())
					.param("verdict", "CONCUR");
				case REQUEST_CHANGES -> post("/courses/{id}/opinion", id).param("verdict", "REQUEST_CHANGES")
					.param("comment", "Đề nghị bổ sung");
				case APPROVE -> post("/courses/{id}/approve", id).param("number", "126-QĐ/HU")
					.param("date", "2035-03-01")
					.param("signerName", "Huỳnh Văn Thành")
					.param("signerTitle", "Phó Bí thư Thường trực");
				case REJECT -> post("/courses/{id}/reject", id).param("reason", "Chưa phù hợp");
				case CANCEL -> post("/courses/{id}/cancel", id).param("reason", "Thiên tai");
			};
		}

	}

	/** A status in which each transition is refused, though asked by the right person. */
	static final Map<Transition, CourseStatus> WRONG_STATUS = Map.of(Transition.SUBMIT, CourseStatus.UNDER_REVIEW,
			Transition.OPINION_OF_ORGANIZATION_BOARD, CourseStatus.DRAFT, Transition.OPINION_OF_OFFICE,
			CourseStatus.CANCELLED, Transition.REQUEST_CHANGES, CourseStatus.DRAFT, Transition.APPROVE,
			CourseStatus.UNDER_REVIEW, Transition.REJECT, CourseStatus.DRAFT, Transition.CANCEL, CourseStatus.CANCELLED);

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseFixtures fixtures;

	@Autowired
	UserDetailsService userDetails;

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (Transition t : Transition.values()) {
			for (String account : ACCOUNTS) {
				cases.add(Arguments.of(t, account));
			}
		}
		return cases.stream();
	}

	static Stream<Arguments> wrongStatus() {
		return Stream.of(Transition.values()).map(t -> Arguments.of(t, t.allowed.iterator().next()));
	}

	@ParameterizedTest(name = "{0} by {1}")
	@MethodSource("matrix")
	void onlyTheRightRoleOfTheDistrictMovesTheCourse(Transition transition, String account) throws Exception {
		CourseView course = this.fixtures.inStatus(transition.from);
		CourseFixtures.Snapshot before = this.fixtures.stored(course.id());

		int status = this.mvc.perform(transition.request(course.id(), this.fixtures)
			.with(user(this.userDetails.loadUserByUsername(account)))
			.with(csrf())).andReturn().getResponse().getStatus();

		CourseFixtures.Snapshot after = this.fixtures.stored(course.id());
		if (transition.allowed.contains(account)) {
			assertThat(status).as("redirect after %s by %s", transition, account).isEqualTo(302);
			assertThat(after.status()).isEqualTo(transition.to);
			assertThat(after.version()).isGreaterThan(before.version());
		}
		else {
			assertThat(status).as("%s by %s", transition, account).isEqualTo(403);
			assertThat(after).isEqualTo(before);
		}
	}

	@ParameterizedTest(name = "{0} in the wrong status")
	@MethodSource("wrongStatus")
	void aTransitionInTheWrongStatusIsRefusedAndChangesNothing(Transition transition, String account) throws Exception {
		CourseView course = this.fixtures.inStatus(WRONG_STATUS.get(transition));
		CourseFixtures.Snapshot before = this.fixtures.stored(course.id());

		var response = this.mvc.perform(transition.request(course.id(), this.fixtures)
			.with(user(this.userDetails.loadUserByUsername(account)))
			.with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentAsString()).contains("đang ở trạng thái");
		assertThat(this.fixtures.stored(course.id())).isEqualTo(before);
	}

}
