package vn.boiduong.course;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import vn.boiduong.curriculum.CurriculumService;
import vn.boiduong.curriculum.LessonView;
import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.shared.RuleViolationException;

/**
 * The rules a session must keep that need other records: its lesson and requirements belong to the
 * course's program; its lecturer teaches at the course's political centre and is never booked in two
 * sessions at once, across all courses not cancelled.
 */
@Component
class LecturerBookings {

	private final CourseRepository courses;

	private final CurriculumService curriculum;

	private final UserDirectory directory;

	private final EntityManager entityManager;

	LecturerBookings(CourseRepository courses, CurriculumService curriculum, UserDirectory directory,
			EntityManager entityManager) {
		this.courses = courses;
		this.curriculum = curriculum;
		this.directory = directory;
		this.entityManager = entityManager;
	}

	void checkSession(Course course, SessionDetails d, Long excludeSessionId) {
		var label = ClassSession.label(d.date(), d.partOfDay(), d.effectiveStart(), d.effectiveEnd());
		if (d.lessonId() != null) {
			LessonView lesson = this.curriculum.lessons(course.getProgramId())
				.stream()
				.filter(l -> l.id().equals(d.lessonId()))
				.findFirst()
				.orElseThrow(() -> RuleViolationException.onField("lessonId", "course.error.lessonUnknown", label));
			Set<Long> ids = new HashSet<>();
			lesson.requirements().forEach(r -> ids.add(r.id()));
			if (!ids.containsAll(d.requirementIds())) {
				throw RuleViolationException.onField("requirementIds", "course.error.requirementNotOfLesson", label,
						"Bài " + lesson.number());
			}
		}
		if (d.lecturerUserId() != null) {
			UserDirectory.Person lecturer = this.directory.holdersOf(Role.LECTURER, course.getPoliticalCentreUnitId())
				.stream()
				.filter(p -> p.id().equals(d.lecturerUserId()))
				.findFirst()
				.orElseThrow(() -> RuleViolationException.onField("lecturerUserId", "course.error.notALecturerOfCentre",
						label));
			if (d.date() != null && d.effectiveStart() != null && d.effectiveEnd() != null) {
				// one lecturer's bookings are checked one at a time, even from two courses at once
				this.entityManager.createNativeQuery("select pg_advisory_xact_lock(4242, cast(:id as integer))")
					.setParameter("id", lecturer.id())
					.getSingleResult();
				List<ClassSession> clashes = this.courses.lecturerSessionsOverlapping(lecturer.id(), d.date(),
						d.effectiveStart(), d.effectiveEnd(), excludeSessionId);
				if (!clashes.isEmpty()) {
					ClassSession other = clashes.get(0);
					throw RuleViolationException.onField("lecturerUserId", "course.error.lecturerDoubleBooked",
							lecturer.fullName(), label, other.label(), other.getCourse().getName());
				}
			}
		}
	}

	/** A plan moved to another political centre keeps only sessions whose lecturer teaches there. */
	void checkLecturersTeachAt(Course course, Long centreId, CourseNames names) {
		if (centreId == null || centreId.equals(course.getPoliticalCentreUnitId())) {
			return;
		}
		Set<Long> lecturers = new HashSet<>();
		this.directory.holdersOf(Role.LECTURER, centreId).forEach(p -> lecturers.add(p.id()));
		for (ClassSession session : course.getSessions()) {
			if (session.getLecturerUserId() != null && !lecturers.contains(session.getLecturerUserId())) {
				throw RuleViolationException.onField("politicalCentreUnitId", "course.error.lecturerNotOfNewCentre",
						session.label(), names.userName(session.getLecturerUserId()));
			}
		}
	}

}
