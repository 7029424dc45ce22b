package vn.boiduong.organization.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.boiduong.course.CourseMode;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseView;
import vn.boiduong.course.Delivery;
import vn.boiduong.course.LearnerKind;
import vn.boiduong.course.PlanDetails;
import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserAccountService;
import vn.boiduong.identity.UserView;
import vn.boiduong.organization.OrgTree;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.organization.Reorganizations;
import vn.boiduong.shared.document.PartyDocumentPdfTests;
import vn.boiduong.support.ServerTest;
import vn.boiduong.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, item 2, through the administrator's page over real HTTP: a district with a course, its bodies,
 * grassroots organization and staff is reorganized into a ward (and its centre into the provincial
 * school). Today: the district closes, its grassroots organization goes under the ward, its staff act at
 * the ward's board from their next request and, as the ward's staff, still see the district's course;
 * another ward does not. On a later day: nothing changes before it.
 */
@ServerTest
class ReorganizationTests {

	static final String PASSWORD = "mat-khau-thu-1";

	static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

	@LocalServerPort
	int port;

	@Autowired
	OrgUnitService units;

	@Autowired
	Reorganizations reorganizations;

	@Autowired
	UserAccountService accounts;

	@Autowired
	CourseService courses;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDistrictReorganizedTodayIsContinuedByTheWardWithItsStaffGrassrootsAndHistory() {
		District d = district();
		Ward w = ward();
		Ward other = ward();
		UserView otherStaff = user(Role.DISTRICT_PROPAGANDA, other.board().id());
		WebSession staff = signedIn(d.staff().username());
		assertThat(staff.get("/").body()).contains(d.board().name());
		assertThat(staff.get("/courses").body()).contains(d.course().name());
		LocalDate today = today();

		HttpResponse<String> done = reorganize(today, d, w);

		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/units"));
		String list = this.admin.get("/admin/units").body();
		assertThat(list).contains("Đã sắp xếp tổ chức bộ máy.");
		assertThat(list.substring(list.indexOf("id=\"closed-without-successor\""))).as("the office, told by name")
			.startsWith("id=\"closed-without-successor\"")
			.contains(d.office().name());
		OrgTree tree = this.units.currentTree();
		assertThat(tree.get(d.committee().id()).validTo()).isEqualTo(today);
		assertThat(tree.get(d.committee().id()).name()).as("the history keeps its name").isEqualTo(d.committee().name());
		assertThat(tree.successorOf(d.committee().id())).contains(w.committee().id());
		assertThat(tree.successorOf(d.centre().id())).contains(w.school().id());
		assertThat(tree.continuing(d.committee().id(), today)).isEqualTo(w.committee().id());
		assertThat(tree.isWithin(d.grassroots().id(), w.committee().id())).as("the grassroots organization moved").isTrue();
		assertThat(tree.isWithin(d.cell().id(), w.committee().id())).as("with its cell").isTrue();
		assertThat(tree.openOn(d.grassroots().id(), today)).isTrue();
		assertThat(tree.get(d.office().id()).validTo()).as("a body without a row closes with its committee")
			.isEqualTo(today);

		String home = staff.get("/").body();
		assertThat(home).as("the next request holds the role at the successor")
			.contains(w.board().name())
			.doesNotContain(d.board().name());
		assertThat(staff.get("/courses").body()).as("the ward's staff see the district's history")
			.contains(d.course().name());
		assertThat(staff.get("/courses/" + d.course().id()).statusCode()).isEqualTo(200);
		HttpResponse<byte[]> plan = staff.download("/courses/" + d.course().id() + "/plan.pdf");
		assertThat(plan.statusCode()).isEqualTo(200);
		assertThat(textOf(plan.body())).as("the plan keeps the name of the day")
			.contains(d.committee().name().toUpperCase(Locale.ROOT))
			.doesNotContain(w.committee().name().toUpperCase(Locale.ROOT));
		WebSession another = signedIn(otherStaff.username());
		assertThat(another.get("/courses").body()).doesNotContain(d.course().name());
		assertThat(another.get("/courses/" + d.course().id()).statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select organizing_unit_id from course where id = ?", Long.class,
				d.course().id()))
			.as("the course keeps its row: the workflow finds the successor through the tree")
			.isEqualTo(d.committee().id());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'UNITS_REORGANIZED' and entity_id = ?", Long.class,
				d.committee().id().toString()))
			.isEqualTo(1);
	}

	/**
	 * Issue 8, item 2: a course still running on the day continues under the successors (the ward's planning
	 * body acts on it from then on, the district's staff left behind do not), and its plan keeps the
	 * district's name.
	 */
	@Test
	void aRunningCourseContinuesUnderTheWardAndItsPlanKeepsTheDistrictsName() throws Exception {
		District d = district();
		Ward w = ward();
		UserView wardPlanner = user(Role.DISTRICT_PROPAGANDA, w.committee().id());
		assertThat(signedIn(wardPlanner.username()).get("/courses/" + d.course().id()).statusCode())
			.as("before the day the ward has nothing to do with the district's course").isEqualTo(403);

		assertThat(reorganize(today(), d, w).statusCode()).isEqualTo(302);

		WebSession planner = signedIn(wardPlanner.username());
		String page = planner.get("/courses/" + d.course().id()).body();
		assertThat(page).as("the ward's planning body carries on with the plan")
			.contains("id=\"action-add-session\"", "id=\"action-submit\"", d.committee().name());
		HttpResponse<byte[]> pdf = planner.download("/courses/" + d.course().id() + "/plan.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		String paper = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf.body()))
			.getTextFromPage(1)
			.replaceAll("\\s+", " ");
		assertThat(paper).contains(d.committee().name().toUpperCase(java.util.Locale.forLanguageTag("vi")));
	}

	@Test
	void aReorganizationOnALaterDayChangesNothingBeforeIt() {
		District d = district();
		Ward w = ward();
		WebSession staff = signedIn(d.staff().username());
		LocalDate later = today().plusDays(10);

		HttpResponse<String> done = reorganize(later, d, w);

		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		OrgTree tree = this.units.currentTree();
		assertThat(tree.openOn(d.committee().id(), today())).as("works until the day before").isTrue();
		assertThat(tree.continuing(d.committee().id(), today())).isEqualTo(d.committee().id());
		assertThat(tree.continuing(d.committee().id(), later)).isEqualTo(w.committee().id());
		assertThat(tree.isWithin(d.grassroots().id(), d.committee().id())).as("moves on the day, not before").isTrue();
		assertThat(this.reorganizations.pendingMoves()).containsEntry(d.grassroots().id(), w.committee().id());
		String home = staff.get("/").body();
		assertThat(home).as("the old role acts until the day, the new one not yet")
			.contains(d.board().name())
			.doesNotContain(w.board().name());
		String page = signedIn("admin", "demo1234").get("/admin/units/reorganize").body();
		assertThat(page.substring(page.indexOf("id=\"successions\""))).as("listed as coming into effect")
			.contains(d.committee().name() + "</a>")
			.contains("Sắp có hiệu lực");
		assertThat(signedIn("admin", "demo1234").get("/admin/units").body())
			.contains("Giải thể từ " + String.format("%02d/%02d/%04d", later.getDayOfMonth(), later.getMonthValue(),
					later.getYear()));
		assertThat(this.accounts.get(d.staff().id()).roles()).anySatisfy(r -> {
			assertThat(r.unitId()).isEqualTo(w.board().id());
			assertThat(r.validFrom()).isEqualTo(later);
		});

		assertThat(this.reorganizations.applyDueMoves(later.minusDays(1))).isZero();
		assertThat(this.reorganizations.applyDueMoves(later)).isPositive();

		tree = this.units.currentTree();
		assertThat(tree.isWithin(d.cell().id(), w.committee().id())).as("moved on its day, with its cell").isTrue();
		assertThat(this.reorganizations.pendingMoves()).doesNotContainKey(d.grassroots().id());
	}

	@Test
	void onlyTheAdministratorReachesTheReorganizationPage() {
		District d = district();
		WebSession staff = signedIn(d.staff().username());
		assertThat(staff.get("/admin/units/reorganize").statusCode()).isEqualTo(403);
		WebSession admin = signedIn("admin", "demo1234");
		HttpResponse<String> page = admin.get("/admin/units/reorganize");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Sắp xếp tổ chức bộ máy");
		HttpResponse<String> refused = staff.post("/admin/units/reorganize", "/", "on", today().toString(),
				"closures[0].unitId", d.committee().id().toString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(this.units.currentTree().get(d.committee().id()).closed()).isFalse();
	}

	/** The administrator's session of the last reorganization (its flash message is read on the next page). */
	WebSession admin;

	private HttpResponse<String> reorganize(LocalDate on, District d, Ward w) {
		this.admin = signedIn("admin", "demo1234");
		String version = Long.toString(this.units.currentTree().version());
		List<String> fields = new ArrayList<>(List.of("on", on.toString(), "treeVersion", version, "moveRoles", "true",
				"_moveRoles", "on", "moveGrassroots", "true", "_moveGrassroots", "on"));
		row(fields, 0, d.committee(), w.committee());
		row(fields, 1, d.board(), w.board());
		row(fields, 2, d.centre(), w.school());
		return this.admin.post("/admin/units/reorganize", "/admin/units/reorganize", fields.toArray(String[]::new));
	}

	private static void row(List<String> fields, int i, OrgUnitView closed, OrgUnitView successor) {
		fields.addAll(List.of("closures[" + i + "].unitId", closed.id().toString(), "closures[" + i + "].successorId",
				successor.id().toString()));
	}

	record District(OrgUnitView committee, OrgUnitView board, OrgUnitView office, OrgUnitView centre,
			OrgUnitView grassroots, OrgUnitView cell, UserView staff, CourseView course) {
	}

	record Ward(OrgUnitView committee, OrgUnitView board, OrgUnitView school) {
	}

	private District district() {
		String tag = tag();
		OrgUnitView committee = unit(OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy Sáp Nhập " + tag, province(), SINCE);
		OrgUnitView board = unit(OrgUnitKind.PROPAGANDA_BOARD, "Ban Tuyên giáo Huyện ủy " + tag, committee.id(), SINCE);
		OrgUnitView office = unit(OrgUnitKind.COMMITTEE_OFFICE, "Văn phòng Huyện ủy " + tag, committee.id(), SINCE);
		OrgUnitView centre = unit(OrgUnitKind.POLITICAL_CENTRE, "Trung tâm Chính trị " + tag, committee.id(), SINCE);
		OrgUnitView grassroots = unit(OrgUnitKind.GRASSROOTS_ORGANIZATION, "Đảng bộ xã Cũ " + tag, committee.id(), SINCE);
		OrgUnitView cell = unit(OrgUnitKind.PARTY_CELL, "Chi bộ thôn Một " + tag, grassroots.id(), SINCE);
		UserView staff = user(Role.DISTRICT_PROPAGANDA, board.id());
		CourseView course = as(staff.username(), () -> this.courses.create(committee.id(),
				new PlanDetails("Lớp của huyện đã sáp nhập " + tag(), centre.id(), LocalDate.of(2036, 3, 2),
						LocalDate.of(2036, 3, 6), "Hội trường", CourseMode.CONCENTRATED, Delivery.IN_PERSON, 40,
						Set.of(LearnerKind.BRANCH_SECRETARY), List.of(), "Mục đích", null, null)));
		return new District(committee, board, office, centre, grassroots, cell, staff, course);
	}

	private Ward ward() {
		String tag = tag();
		OrgUnitView committee = unit(OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy phường Mới " + tag, province(),
				LocalDate.of(2025, 7, 1));
		OrgUnitView board = unit(OrgUnitKind.PARTY_BUILDING_BOARD, "Ban xây dựng đảng phường " + tag, committee.id(),
				LocalDate.of(2025, 7, 1));
		OrgUnitView school = unit(OrgUnitKind.POLITICAL_SCHOOL, "Trường Chính trị " + tag, province(),
				LocalDate.of(2025, 7, 1));
		return new Ward(committee, board, school);
	}

	private Long province() {
		return this.units.tree().stream().filter(u -> u.kind() == OrgUnitKind.PROVINCE).findFirst().orElseThrow().id();
	}

	private OrgUnitView unit(OrgUnitKind kind, String name, Long parentId, LocalDate from) {
		return this.units.create(kind, name, null, parentId, from);
	}

	private UserView user(Role role, Long unitId) {
		UserView user = this.accounts.create("sapxep." + tag(), "Người Thử Sắp Xếp", null, null, PASSWORD);
		return this.accounts.assignRole(user.id(), role, unitId);
	}

	private WebSession signedIn(String username) {
		return signedIn(username, PASSWORD);
	}

	private WebSession signedIn(String username, String password) {
		WebSession session = new WebSession(this.port);
		HttpResponse<String> signIn = session.signIn(username, password);
		assertThat(signIn.headers().firstValue("Location")).as("signed in as " + username)
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
		return session;
	}

	private <T> T as(String username, Supplier<T> action) {
		UserDetails principal = this.userDetails.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static String textOf(byte[] pdf) {
		try {
			return PartyDocumentPdfTests.textOf(pdf).replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
