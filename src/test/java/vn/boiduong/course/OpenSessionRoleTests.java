package vn.boiduong.course;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserAccountService;
import vn.boiduong.identity.UserView;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.support.ServerTest;
import vn.boiduong.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow judges each request by the person's roles as they are now (issue 6): a standing
 * committee member whose role was removed cannot approve from the browsers he has open, and a role
 * held at a unit that has closed gives no opinion, while one at a unit closing later still does. Real
 * HTTP, signed in through /login, sessions in PostgreSQL.
 */
@ServerTest
class OpenSessionRoleTests {

	static final String PASSWORD = "mat-khau-thu-1";

	@LocalServerPort
	int port;

	@Autowired
	CourseFixtures fixtures;

	@Autowired
	UserAccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCommitteeMemberWhoseRoleWasRemovedCannotApproveFromHisOpenSessions() {
		CourseView course = this.fixtures.inStatus(CourseStatus.AWAITING_DECISION);
		UserView member = newUser(Role.DISTRICT_COMMITTEE, this.fixtures.district("AP").id());
		WebSession first = signedIn(member.username());
		WebSession second = signedIn(member.username());
		assertThat(first.get("/courses/" + course.id() + "/approve").statusCode()).isEqualTo(200);
		assertThat(second.get("/courses/" + course.id()).statusCode()).isEqualTo(200);

		this.accounts.removeRole(member.id(), member.roles().get(0).id());

		HttpResponse<String> approval = first.post("/courses/" + course.id() + "/approve", "/", "number", "9-QĐ/HU",
				"date", "2035-03-01", "signerName", "Người Đã Thôi", "signerTitle", "Phó Bí thư");
		assertThat(approval.statusCode()).isEqualTo(403);
		assertThat(second.get("/courses/" + course.id()).statusCode()).isEqualTo(403);
		assertThat(this.fixtures.stored(course.id()).status()).isEqualTo(CourseStatus.AWAITING_DECISION);
	}

	@Test
	void aRoleAtAClosedUnitGivesNoOpinionNeitherInAnOpenSessionNorAfterSigningInAgain() {
		CourseView course = this.fixtures.inStatus(CourseStatus.UNDER_REVIEW);
		OrgUnitView unit = unitOfAnPhu("Đơn vị thử giải thể");
		UserView office = newUser(Role.DISTRICT_OFFICE, unit.id());
		WebSession open = signedIn(office.username());

		this.fixtures.units.close(unit.id(), unit.version(), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));

		assertThat(giveOpinion(open, course).statusCode()).isEqualTo(403);
		assertThat(giveOpinion(signedIn(office.username()), course).statusCode()).isEqualTo(403);
		assertThat(opinions(course)).isZero();
		assertThat(this.fixtures.stored(course.id()).status()).isEqualTo(CourseStatus.UNDER_REVIEW);
	}

	@Test
	void aRoleAtAUnitClosingOnALaterDayStillGivesItsOpinion() {
		CourseView course = this.fixtures.inStatus(CourseStatus.UNDER_REVIEW);
		OrgUnitView unit = unitOfAnPhu("Đơn vị thử sắp giải thể");
		UserView office = newUser(Role.DISTRICT_OFFICE, unit.id());
		WebSession open = signedIn(office.username());

		this.fixtures.units.close(unit.id(), unit.version(), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1));

		HttpResponse<String> opinion = giveOpinion(open, course);
		assertThat(opinion.statusCode()).isEqualTo(302);
		assertThat(opinion.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/courses/" + course.id()));
		assertThat(opinions(course)).isEqualTo(1);
	}

	/**
	 * A unit of An Phú of its own, which the test closes: a party cell under the district's office, so
	 * that no page picking An Phú's units by kind sees it; the staff role held there acts for the office.
	 */
	private OrgUnitView unitOfAnPhu(String name) {
		return this.fixtures.units.create(OrgUnitKind.PARTY_CELL, name + " " + UUID.randomUUID().toString().substring(0, 6),
				null, this.fixtures.unit("AP.VP").id(), LocalDate.of(2020, 1, 1));
	}

	private HttpResponse<String> giveOpinion(WebSession session, CourseView course) {
		return session.post("/courses/" + course.id() + "/opinion", "/", "verdict", "CONCUR",
				"comment", "Thống nhất");
	}

	private long opinions(CourseView course) {
		return this.jdbc.queryForObject("select count(*) from concurrence where course_id = ?", Long.class, course.id());
	}

	private UserView newUser(Role role, Long unitId) {
		UserView user = this.accounts.create("vaitro." + UUID.randomUUID().toString().substring(0, 8),
				"Người Thử Vai Trò", null, null, PASSWORD);
		return this.accounts.assignRole(user.id(), role, unitId);
	}

	private WebSession signedIn(String username) {
		WebSession session = new WebSession(this.port);
		HttpResponse<String> signIn = session.signIn(username, PASSWORD);
		assertThat(signIn.headers().firstValue("Location")).as("signed in as " + username)
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
		return session;
	}

}
