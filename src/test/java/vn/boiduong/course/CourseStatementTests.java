package vn.boiduong.course;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.curriculum.LessonView;
import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.support.IntegrationTest;
import vn.boiduong.support.StatementRecorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * DESIGN §8, issue 7: the course list and the course page issue the same statements, with the same number
 * of bind parameters, whoever asks and whatever the size of the province or of the course. Everything a
 * test writes is rolled back.
 */
@IntegrationTest
@Transactional
@Import({ CourseFixtures.class, StatementRecorder.class })
class CourseStatementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrgUnitService units;

	@Autowired
	CourseService courses;

	@Autowired
	CourseFixtures fixtures;

	@Autowired
	UserDirectory directory;

	List<String> listAs(String username) throws Exception {
		var principal = user(this.users.loadUserByUsername(username));
		return StatementRecorder.during(() -> this.mvc.perform(get("/courses").with(principal))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("course-filters"))));
	}

	/** Districts with their bodies and grassroots organizations, as the province grows. */
	void addDistricts(int count) {
		OrgUnitView province = this.units.tree().stream().filter(u -> "TINH".equals(u.shortName())).findFirst().orElseThrow();
		for (int i = 1; i <= count; i++) {
			OrgUnitView district = this.units.create(OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy Thử " + i, "THU" + i,
					province.id(), LocalDate.of(2020, 1, 1));
			this.units.create(OrgUnitKind.PROPAGANDA_BOARD, "Ban Tuyên giáo Huyện ủy Thử " + i, null, district.id(),
					LocalDate.of(2020, 1, 1));
			for (int g = 1; g <= 5; g++) {
				this.units.create(OrgUnitKind.GRASSROOTS_ORGANIZATION, "Đảng bộ xã Thử " + i + "." + g, null,
						district.id(), LocalDate.of(2020, 1, 1));
			}
		}
	}

	@Test
	void theCourseListIssuesTheSameStatementsForADistrictAndForTheProvinceWhateverItsSize() throws Exception {
		listAs("tinh.tuyengiao");
		List<String> district = listAs("anphu.tochuc");
		List<String> province = listAs("tinh.tuyengiao");
		addDistricts(40);
		listAs("tinh.tuyengiao"); // the tree changed: read again once
		List<String> largerProvince = listAs("tinh.tuyengiao");
		List<String> districtOfLargerProvince = listAs("anphu.tochuc");

		assertThat(province).isNotEmpty().hasSizeLessThanOrEqualTo(2).isEqualTo(largerProvince);
		assertThat(district).isNotEmpty().hasSizeLessThanOrEqualTo(2).isEqualTo(districtOfLargerProvince);
		// the rows: the scope units, the offset and the limit; the count (when the rows do not tell the total): the scope units
		for (List<String> statements : List.of(province, district)) {
			assertThat(StatementRecorder.bindParameters(statements.get(0))).isEqualTo(3);
			statements.stream().skip(1).forEach(sql -> assertThat(StatementRecorder.bindParameters(sql)).isEqualTo(1));
		}
	}

	@Test
	void theCountOfTheListIsOneStatementWithTheSameParametersAsItsRows() throws Exception {
		List<String> statements = new java.util.ArrayList<>();
		this.fixtures.as("tinh.tuyengiao", () -> {
			try {
				statements.addAll(StatementRecorder.during(
						() -> assertThat(this.courses.search(CourseFilter.none(), 0, 1).totalItems()).isGreaterThan(1)));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});

		assertThat(statements).hasSize(2);
		assertThat(statements.get(0)).contains("order by");
		assertThat(statements.get(1)).startsWith("select cast(coalesce(sum(g.n), 0) as bigint)");
		assertThat(StatementRecorder.bindParameters(statements.get(0))).isEqualTo(3);
		assertThat(StatementRecorder.bindParameters(statements.get(1))).isEqualTo(1);
	}

	@Test
	void theCoursePageIssuesTheSameStatementsForTwoSessionsAsForThirty() throws Exception {
		CourseView small = courseWith(2, LocalDate.of(2035, 6, 4));
		CourseView large = courseWith(30, LocalDate.of(2035, 7, 2));
		page(small);

		List<String> forSmall = page(small);
		List<String> forLarge = page(large);

		assertThat(forLarge).isEqualTo(forSmall);
		assertThat(forSmall).isNotEmpty().hasSizeLessThanOrEqualTo(10);
	}

	List<String> page(CourseView course) throws Exception {
		var principal = user(this.users.loadUserByUsername("anphu.tuyengiao"));
		return StatementRecorder.during(() -> this.mvc.perform(get("/courses/{id}", course.id()).with(principal))
			.andExpect(status().isOk()));
	}

	CourseView courseWith(int sessions, LocalDate opening) {
		CourseView course = this.fixtures.draft(CourseFixtures.unique("Lớp " + sessions + " buổi"), opening,
				opening.plusDays(sessions / 3 + 1));
		Long lecturer = this.directory.holdersOf(Role.LECTURER, this.fixtures.centre("AP").id()).get(0).id();
		List<LessonView> lessons = this.fixtures.lessons();
		PartOfDay[] parts = PartOfDay.values();
		this.fixtures.as("anphu.tuyengiao", () -> {
			for (int i = 0; i < sessions; i++) {
				LessonView lesson = lessons.get(i % lessons.size());
				this.courses.addSession(course.id(),
						new SessionDetails(opening.plusDays(i / parts.length), parts[i % parts.length], null, null,
								SessionKind.LECTURE, lesson.id(), List.of(lesson.requirements().get(0).id()), null, null,
								Delivery.IN_PERSON, "Hội trường", lecturer, null));
			}
		});
		return course;
	}

}
