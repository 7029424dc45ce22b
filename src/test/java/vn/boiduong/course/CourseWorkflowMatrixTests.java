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
 * Every demo account against every transition of the plan (DESIGN §2), in both eras (issue 8): a course
 * of Huyện An Phú and one of Phường An Phú, taught by the provincial political school. Only the account
 * playing the transition's capacity for the course's committee moves the course on; anyone else gets 403 and the course is left exactly as it was. A
 * transition asked in the wrong status is refused with 409 and changes nothing either.
 */
@IntegrationTest
@Import(CourseFixtures.class)
class CourseWorkflowMatrixTests {

	static final List<String> ACCOUNTS = List.of("admin", "tinh.tuyengiao", "anphu.tuyengiao", "anphu.tochuc",
			"anphu.vanphong", "anphu.thuongtruc", "anphu.giamdoc", "anphu.giangvien", "binhson.tuyengiao",
			"phuonganphu.kehoach", "phuonganphu.xaydungdang", "phuonganphu.vanphong", "phuonganphu.thuongtruc",
			"xabinhson.kehoach", "truongchinhtri.hieutruong", "truongchinhtri.giangvien");

	enum Transition {

		// first the district era's accounts, then the ward's (a second "|" list)
		SUBMIT(CourseStatus.DRAFT, CourseStatus.UNDER_REVIEW, "anphu.tuyengiao anphu.giamdoc|phuonganphu.kehoach"),
		OPINION_OF_ORGANIZATION_BOARD(CourseStatus.UNDER_REVIEW, CourseStatus.UNDER_REVIEW,
				"anphu.tochuc|phuonganphu.xaydungdang"),
		OPINION_OF_OFFICE(CourseStatus.UNDER_REVIEW, CourseStatus.UNDER_REVIEW, "anphu.vanphong|phuonganphu.vanphong"),
		REQUEST_CHANGES(CourseStatus.UNDER_REVIEW, CourseStatus.DRAFT,
				"anphu.tochuc anphu.vanphong|phuonganphu.xaydungdang phuonganphu.vanphong"),
		APPROVE(CourseStatus.AWAITING_DECISION, CourseStatus.APPROVED, "anphu.thuongtruc|phuonganphu.thuongtruc"),
		REJECT(CourseStatus.AWAITING_DECISION, CourseStatus.DRAFT, "anphu.thuongtruc|phuonganphu.thuongtruc"),
		CANCEL(CourseStatus.APPROVED, CourseStatus.CANCELLED,
				"anphu.tuyengiao anphu.giamdoc anphu.thuongtruc|phuonganphu.kehoach phuonganphu.thuongtruc");

		final CourseStatus from;

		final CourseStatus to;

		final Map<CourseFixtures.Era, Set<String>> allowed;

		Transition(CourseStatus from, CourseStatus to, String allowed) {
			this.from = from;
			this.to = to;
			String[] eras = allowed.split("\\|");
			this.allowed = Map.of(CourseFixtures.Era.DISTRICT, Set.of(eras[0].split(" ")), CourseFixtures.Era.WARD,
					Set.of(eras[1].split(" ")));
		}

		MockHttpServletRequestBuilder request(Long id, CourseFixtures fixtures, CourseFixtures.Era era) {
			return switch (this) {
				case SUBMIT -> post("/courses/{id}/submit", id).param("comment", "Kính gửi");
				case OPINION_OF_ORGANIZATION_BOARD -> post("/courses/{id}/opinion", id)
					.param("body", fixtures.unit(era.firstBodyUnit).id().toString())
					.param("verdict", "CONCUR")
					.param("comment", "Thống nhất");
				case OPINION_OF_OFFICE -> post("/courses/{id}/opinion", id)
					.param("body", fixtures.unit(era.secondBodyUnit).id().toString())
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
		for (CourseFixtures.Era era : CourseFixtures.Era.values()) {
			for (Transition t : Transition.values()) {
				for (String account : ACCOUNTS) {
					cases.add(Arguments.of(era, t, account));
				}
			}
		}
		return cases.stream();
	}

	static Stream<Arguments> wrongStatus() {
		return Stream.of(CourseFixtures.Era.values())
			.flatMap(era -> Stream.of(Transition.values()).map(t -> Arguments.of(era, t, t.allowed.get(era).iterator().next())));
	}

	@ParameterizedTest(name = "{0}: {1} by {2}")
	@MethodSource("matrix")
	void onlyTheRightCapacityOfTheCommitteeMovesTheCourse(CourseFixtures.Era era, Transition transition, String account)
			throws Exception {
		CourseView course = this.fixtures.inStatus(transition.from, era);
		CourseFixtures.Snapshot before = this.fixtures.stored(course.id());

		int status = this.mvc.perform(transition.request(course.id(), this.fixtures, era)
			.with(user(this.userDetails.loadUserByUsername(account)))
			.with(csrf())).andReturn().getResponse().getStatus();

		CourseFixtures.Snapshot after = this.fixtures.stored(course.id());
		if (transition.allowed.get(era).contains(account)) {
			assertThat(status).as("redirect after %s by %s", transition, account).isEqualTo(302);
			assertThat(after.status()).isEqualTo(transition.to);
			assertThat(after.version()).isGreaterThan(before.version());
		}
		else {
			assertThat(status).as("%s by %s", transition, account).isEqualTo(403);
			assertThat(after).isEqualTo(before);
		}
	}

	@ParameterizedTest(name = "{0}: {1} in the wrong status")
	@MethodSource("wrongStatus")
	void aTransitionInTheWrongStatusIsRefusedAndChangesNothing(CourseFixtures.Era era, Transition transition,
			String account) throws Exception {
		CourseView course = this.fixtures.inStatus(WRONG_STATUS.get(transition), era);
		CourseFixtures.Snapshot before = this.fixtures.stored(course.id());

		var response = this.mvc.perform(transition.request(course.id(), this.fixtures, era)
			.with(user(this.userDetails.loadUserByUsername(account)))
			.with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentAsString()).contains("đang ở trạng thái");
		assertThat(this.fixtures.stored(course.id())).isEqualTo(before);
	}

}
