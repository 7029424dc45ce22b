package vn.boiduong.curriculum;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgramRepository extends JpaRepository<Program, Long> {

	Optional<Program> findByCurrentTrue();

	List<Program> findAllByOrderByVersionNoDesc();

}

interface LessonRepository extends JpaRepository<Lesson, Long> {

	@EntityGraph(attributePaths = "requirements")
	@Query("select l from Lesson l where l.program.id = :programId order by l.number")
	List<Lesson> findByProgramWithRequirements(Long programId);

}

interface ElectiveTopicRepository extends JpaRepository<ElectiveTopic, Long> {

	@Query("""
			select t from ElectiveTopic t
			where t.programId = :programId and (t.provinceUnitId is null or t.provinceUnitId in :provinceIds)
			order by case when t.provinceUnitId is null then 0 else 1 end, t.position, t.id""")
	List<ElectiveTopic> findForProvinces(Long programId, List<Long> provinceIds);

	/** Titles of the given topics: one statement whatever their number (an array, not an expanded list). */
	@Query(value = "select t.id, t.title from elective_topic t where t.id = any(:ids)", nativeQuery = true)
	List<Object[]> findTitles(Long[] ids);

	@Query("select coalesce(max(t.position), 0) from ElectiveTopic t where t.programId = :programId")
	int maxPosition(Long programId);

}
