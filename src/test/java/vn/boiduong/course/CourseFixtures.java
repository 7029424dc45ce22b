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

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	PlanDetails plan(String name, LocalDate opening, LocalDate closing) {
		return new PlanDetails(name, centre("AP").id(), opening, closing, "Hội trường", CourseMode.CONCENTRATED,
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
		CourseView course = draft(unique("Lớp kiểm thử " + status), LocalDate.of(2035, 3, 5));
		if (status == CourseStatus.CANCELLED) {
			as("anphu.tuyengiao", () -> this.service.cancel(course.id(), "Kiểm thử"));
			return course;
		}
		coverAllLessons(course);
		if (status == CourseStatus.DRAFT) {
			return course;
		}
		as("anphu.tuyengiao", () -> this.service.submitForReview(course.id(), null));
		if (status == CourseStatus.UNDER_REVIEW) {
			return course;
		}
		as("anphu.tochuc", () -> this.service.recordConcurrence(course.id(), null, Verdict.CONCUR, null));
		as("anphu.vanphong", () -> this.service.recordConcurrence(course.id(), null, Verdict.CONCUR, null));
		if (status == CourseStatus.AWAITING_DECISION) {
			return course;
		}
		as("anphu.thuongtruc",
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
