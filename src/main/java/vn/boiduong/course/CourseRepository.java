package vn.boiduong.course;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

/** The courses of every district. */
interface CourseRepository extends JpaRepository<Course, Long> {

	/** The course with its row locked until the transaction ends: steps taken at once by two people queue. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Course c where c.id = :id")
	Optional<Course> findByIdForUpdate(Long id);

	/** A lecturer's sessions in courses not cancelled that overlap the given hours of a day. */
	@Query("""
			select s from ClassSession s join fetch s.course c
			where s.lecturerUserId = :lecturerId and s.date = :date and c.status <> vn.boiduong.course.CourseStatus.CANCELLED
			  and s.startTime < :end and s.endTime > :start and s.id <> :excludeSessionId
			order by s.startTime""")
	List<ClassSession> lecturerSessionsOverlapping(Long lecturerId, LocalDate date, LocalTime start, LocalTime end,
			Long excludeSessionId);

	/** A lecturer's sessions from a day on, in courses approved or running. */
	@Query("""
			select s from ClassSession s join fetch s.course c
			where s.lecturerUserId = :lecturerId and s.date >= :from
			  and c.status in (vn.boiduong.course.CourseStatus.APPROVED, vn.boiduong.course.CourseStatus.IN_PROGRESS)
			order by s.date, s.startTime, s.id""")
	List<ClassSession> lecturerSessionsFrom(Long lecturerId, LocalDate from);

	@Query("select c from Course c where c.organizingUnitId in :unitIds and c.status = :status order by c.plannedOpening, c.id")
	List<Course> findByUnitsAndStatus(Collection<Long> unitIds, CourseStatus status);

	/** The courses taught by one of the institutions (a centre, the provincial school), in one status. */
	@Query("select c from Course c where c.politicalCentreUnitId in :unitIds and c.status = :status order by c.plannedOpening, c.id")
	List<Course> findByTeachingUnitsAndStatus(Collection<Long> unitIds, CourseStatus status);

	/** The plans under review that need an opinion of one of the bodies, not given yet in this round. */
	@NativeQuery("""
			select c.* from course c where c.status = 'UNDER_REVIEW'
			  and exists (select 1 from course_concurring_body b where b.course_id = c.id and b.unit_id in (:bodies)
			    and not exists (select 1 from concurrence k where k.course_id = c.id and k.round = c.review_round
			      and k.body_unit_id = b.unit_id))
			order by c.planned_opening, c.id""")
	List<Course> awaitingOpinionOf(Collection<Long> bodies);

	/** Courses approved or running whose planned opening falls within the given days. */
	@Query("""
			select c from Course c where c.organizingUnitId in :unitIds and c.plannedOpening between :from and :to
			  and c.status in (vn.boiduong.course.CourseStatus.APPROVED, vn.boiduong.course.CourseStatus.IN_PROGRESS)
			order by c.plannedOpening, c.id""")
	List<Course> openingBetween(Collection<Long> unitIds, LocalDate from, LocalDate to);

	@Query("""
			select c from Course c where c.organizingUnitId in :unitIds and c.status = vn.boiduong.course.CourseStatus.DRAFT
			  and c.reviewRound > 0 order by c.updatedAt desc, c.id""")
	List<Course> returnedDrafts(Collection<Long> unitIds);

}
