package vn.boiduong.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.boiduong.curriculum.CurriculumService;
import vn.boiduong.curriculum.LessonView;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;

/** Builds courses of Huyện An Phú in a given state, through the services, as the demo users would. */
@Component
class CourseFixtures {

	final CourseService service;

	final CourseRepository courses;

	final CurriculumService curriculum;

	final OrgUnitService units;

	final UserDetailsService userDetails;

	CourseFixtures(CourseService service, CourseRepository courses, CurriculumService curriculum, OrgUnitService units,
			UserDetailsService userDetails) {
		this.service = service;
		this.courses = courses;
		this.curriculum = curriculum;
		this.units = units;
		this.userDetails = userDetails;
	}

	OrgUnitView district(String shortName) {
		return this.units.tree().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow();
	}

	/** A unit by its short name (e.g. "AP.BTC"). */
	OrgUnitView unit(String shortName) {
		return this.units.currentTree().all().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow();
	}

	OrgUnitView centre(String districtShortName) {
		return this.units.openUnitsOfKindWithin(district(districtShortName).id(), OrgUnitKind.POLITICAL_CENTRE).get(0);
	}

	/**
	 * The two eras of the demo province (issue 8): Huyện An Phú with its boards and political centre, and
	 * Phường An Phú, which plans itself, hears its office and party-building board and is taught by the
	 * provincial political school. The demo accounts of each play the same capacities.
	 */
	enum Era {

		DISTRICT("AP", "AP.TTCT", "anphu.tuyengiao", "anphu.tochuc", "anphu.vanphong", "anphu.thuongtruc", "AP.BTC",
				"AP.VP"),
		WARD("PAP", "TCT", "phuonganphu.kehoach", "phuonganphu.xaydungdang", "phuonganphu.vanphong",
				"phuonganphu.thuongtruc", "PAP.XDD", "PAP.VP");

		final String committee;

		final String teaching;

		final String planner;

		final String firstBody;

		final String secondBody;

		final String decider;

		final String firstBodyUnit;

		final String secondBodyUnit;

		Era(String committee, String teaching, String planner, String firstBody, String secondBody, String decider,
				String firstBodyUnit, String secondBodyUnit) {
			this.committee = committee;
			this.teaching = teaching;
			this.planner = planner;
			this.firstBody = firstBody;
			this.secondBody = secondBody;
			this.decider = decider;
			this.firstBodyUnit = firstBodyUnit;
			this.secondBodyUnit = secondBodyUnit;
		}

	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	PlanDetails plan(String name, LocalDate opening, LocalDate closing) {
		return plan(name, centre("AP").id(), opening, closing);
	}

	PlanDetails plan(String name, Long teachingUnitId, LocalDate opening, LocalDate closing) {
		return new PlanDetails(name, teachingUnitId, opening, closing, "Hội trường", CourseMode.CONCENTRATED,
				Delivery.IN_PERSON, 40, Set.of(LearnerKind.BRANCH_SECRETARY), List.of(), "Mục đích", null, null);
	}

	/** A draft of An Phú, opening on the given day and lasting five days, with no session. */
	CourseView draft(String name, LocalDate opening) {
		return draft(name, opening, opening.plusDays(4));
	}

	CourseView draft(String name, LocalDate opening, LocalDate closing) {
		return as("anphu.tuyengiao", () -> this.service.create(district("AP").id(), plan(name, opening, closing)));
	}

	/** One self-study session per lesson on the opening day (no lecturer, so nothing can clash). */
	void coverAllLessons(CourseView course) {
		as("anphu.tuyengiao", () -> {
			for (LessonView lesson : lessons()) {
				this.service.addSession(course.id(), selfStudy(course.plannedOpening(), lesson.id()));
			}
		});
	}

	List<LessonView> lessons() {
		return this.curriculum.lessons(this.curriculum.currentProgram().id());
	}

	static SessionDetails selfStudy(LocalDate date, Long lessonId) {
		return new SessionDetails(date, PartOfDay.EVENING, null, null, SessionKind.SELF_STUDY, lessonId, List.of(), null,
				null, Delivery.IN_PERSON, null, null, null);
	}

	/** A course of An Phú brought to the given status through the workflow (a draft ready to submit). */
	CourseView inStatus(CourseStatus status) {
		return inStatus(status, Era.DISTRICT);
	}

	/** A course of the era's committee brought to the given status through the workflow, by its accounts. */
	CourseView inStatus(CourseStatus status, Era era) {
		PlanDetails plan = plan(unique("Lớp kiểm thử " + status), unit(era.teaching).id(), LocalDate.of(2035, 3, 5),
				LocalDate.of(2035, 3, 9));
		CourseView course = as(era.planner, () -> this.service.create(unit(era.committee).id(), plan));
		if (status == CourseStatus.CANCELLED) {
			as(era.planner, () -> this.service.cancel(course.id(), "Kiểm thử"));
			return course;
		}
		as(era.planner, () -> {
			for (LessonView lesson : lessons()) {
				this.service.addSession(course.id(), selfStudy(course.plannedOpening(), lesson.id()));
			}
		});
		if (status == CourseStatus.DRAFT) {
			return course;
		}
		as(era.planner, () -> this.service.submitForReview(course.id(), null));
		if (status == CourseStatus.UNDER_REVIEW) {
			return course;
		}
		as(era.firstBody, () -> this.service.recordConcurrence(course.id(), null, Verdict.CONCUR, null));
		as(era.secondBody, () -> this.service.recordConcurrence(course.id(), null, Verdict.CONCUR, null));
		if (status == CourseStatus.AWAITING_DECISION) {
			return course;
		}
		as(era.decider,
				() -> this.service.approve(course.id(), "1-QĐ/HU", LocalDate.of(2035, 3, 1), "Huỳnh Văn Thành", "Bí thư"));
		if (status == CourseStatus.APPROVED) {
			return course;
		}
		throw new IllegalArgumentException("no fixture for " + status);
	}

	/** Status and version as stored. */
	Snapshot stored(Long id) {
		Course c = this.courses.findById(id).orElseThrow();
		return new Snapshot(c.getStatus(), c.getVersion(), c.getReviewRound());
	}

	record Snapshot(CourseStatus status, long version, int reviewRound) {
	}

	<T> T as(String username, Supplier<T> action) {
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

	void as(String username, Runnable action) {
		as(username, () -> {
			action.run();
			return null;
		});
	}

}
