package vn.boiduong.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.ClassView;
import vn.boiduong.course.CourseFilter;
import vn.boiduong.course.CourseMode;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseStatus;
import vn.boiduong.course.CourseSummary;
import vn.boiduong.course.CourseView;
import vn.boiduong.course.Delivery;
import vn.boiduong.course.LearnerKind;
import vn.boiduong.course.PartOfDay;
import vn.boiduong.course.PlanDetails;
import vn.boiduong.course.SessionDetails;
import vn.boiduong.course.SessionKind;
import vn.boiduong.course.Verdict;
import vn.boiduong.curriculum.CurriculumService;
import vn.boiduong.curriculum.LessonView;
import vn.boiduong.identity.AccountPrincipal;
import vn.boiduong.learner.Gender;
import vn.boiduong.learner.LearnerDetails;
import vn.boiduong.learner.LearnerPosition;
import vn.boiduong.learner.LearnerRegistry;
import vn.boiduong.learner.Roster;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;

/**
 * Approved courses of Huyện An Phú and learners of its party organizations, built through the modules' own
 * services as the demo accounts would, for the tests of the roster and attendance (issue 9).
 */
@Component
public class ClassFixtures {

	private final CourseService courses;

	private final CurriculumService curriculum;

	private final OrgUnitService units;

	private final UserDetailsService userDetails;

	private final LearnerRegistry registry;

	private final Roster roster;

	ClassFixtures(CourseService courses, CurriculumService curriculum, OrgUnitService units,
			UserDetailsService userDetails, LearnerRegistry registry, Roster roster) {
		this.roster = roster;
		this.courses = courses;
		this.curriculum = curriculum;
		this.units = units;
		this.userDetails = userDetails;
		this.registry = registry;
	}

	public OrgUnitView district() {
		return this.units.tree().stream().filter(u -> "AP".equals(u.shortName())).findFirst().orElseThrow();
	}

	public Long userId(String username) {
		return ((AccountPrincipal) this.userDetails.loadUserByUsername(username)).getId();
	}

	/**
	 * An approved course of An Phú from {@code opening} for five days: a lecture by anphu.giangvien on each of
	 * the first {@code lectures} days (mornings), a field visit on the first afternoon, and one self-study
	 * session per compulsory lesson in the first evening.
	 */
	public CourseView approved(LocalDate opening, int lectures) {
		OrgUnitView district = district();
		OrgUnitView centre = this.units.openUnitsOfKindWithin(district.id(), OrgUnitKind.POLITICAL_CENTRE).get(0);
		Long lecturer = userId("anphu.giangvien");
		CourseView course = as("anphu.tuyengiao", () -> this.courses.create(district.id(),
				new PlanDetails("Lớp điểm danh " + UUID.randomUUID().toString().substring(0, 8), centre.id(), opening,
						opening.plusDays(4), "Hội trường", CourseMode.CONCENTRATED, Delivery.IN_PERSON, 40,
						Set.of(LearnerKind.BRANCH_SECRETARY), List.of(), "Mục đích", null, null)));
		as("anphu.tuyengiao", () -> {
			List<LessonView> lessons = this.curriculum.lessons(this.curriculum.currentProgram().id());
			for (int i = 0; i < lectures; i++) {
				LessonView lesson = lessons.get(i % lessons.size());
				this.courses.addSession(course.id(), new SessionDetails(opening.plusDays(i), PartOfDay.MORNING, null,
						null, SessionKind.LECTURE, lesson.id(), List.of(), null, null, Delivery.IN_PERSON, "Hội trường",
						lecturer, null));
			}
			this.courses.addSession(course.id(), new SessionDetails(opening, PartOfDay.AFTERNOON, null, null,
					SessionKind.FIELD_VISIT, null, List.of(), null, "Tham quan khu di tích", Delivery.IN_PERSON,
					"Khu di tích", null, "Hướng dẫn viên"));
			for (LessonView lesson : lessons) {
				this.courses.addSession(course.id(), new SessionDetails(opening, PartOfDay.EVENING, null, null,
						SessionKind.SELF_STUDY, lesson.id(), List.of(), null, null, Delivery.IN_PERSON, null, null,
						null));
			}
			this.courses.submitForReview(course.id(), null);
		});
		as("anphu.tochuc", () -> this.courses.recordConcurrence(course.id(), null, Verdict.CONCUR, null));
		as("anphu.vanphong", () -> this.courses.recordConcurrence(course.id(), null, Verdict.CONCUR, null));
		as("anphu.thuongtruc", () -> this.courses.approve(course.id(), "9-QĐ/HU", opening.minusDays(7),
				"Huỳnh Văn Thành", "Bí thư"));
		return course;
	}

	/** An approved course (as {@link #approved}) with the learners proposed, confirmed, and the class opened. */
	public CourseView opened(LocalDate opening, int lectures, List<Long> learners) {
		CourseView course = approved(opening, lectures);
		as("anphu.tochuc", () -> learners.forEach(id -> this.roster.propose(course.id(), id, null)));
		as("anphu.giamdoc", () -> {
			this.roster.confirm(course.id());
			this.courses.openClass(course.id());
		});
		return course;
	}

	/** The demo's class of An Phú in the status whose batch name holds the text ("lớp đang học", "lớp đã bế giảng"). */
	public ClassView demoClass(CourseStatus status, String batch) {
		CourseSummary summary = as("anphu.giamdoc",
				() -> this.courses.search(new CourseFilter(status, null, null, batch), 0, 5).items()).get(0);
		return as("anphu.giamdoc", () -> this.courses.classView(summary.id()));
	}

	/** The sessions of a course that take attendance (all but self-study), in timetable order. */
	public List<ClassSessionView> attendedSessions(Long courseId) {
		return as("anphu.giamdoc", () -> this.courses.classView(courseId).attendedSessions());
	}

	/** New learners of the first grassroots organization of An Phú, registered by its organization board. */
	public List<Long> learners(String... names) {
		OrgUnitView organization = this.units.openUnitsOfKindWithin(district().id(), OrgUnitKind.GRASSROOTS_ORGANIZATION)
			.get(0);
		List<Long> ids = new ArrayList<>();
		for (String name : names) {
			ids.add(as("anphu.tochuc", () -> this.registry.register(new LearnerDetails(name,
					LocalDate.of(1980, 1, 1).plusDays(ids.size() * 37L + UUID.randomUUID().hashCode() % 3000), Gender.FEMALE,
					"Kinh", organization.id(), LearnerPosition.PARTY_CELL_SECRETARY, null, null, null),
					district().id()).id()));
		}
		return ids;
	}

	public <T> T as(String username, Supplier<T> action) {
		UserDetails principal = this.userDetails.loadUserByUsername(username);
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	public void as(String username, Runnable action) {
		as(username, () -> {
			action.run();
			return null;
		});
	}

}
