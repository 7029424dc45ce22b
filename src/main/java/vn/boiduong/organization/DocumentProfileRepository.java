package vn.boiduong.organization;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentProfileRepository extends JpaRepository<DocumentProfile, Long> {

	/** The profiles of a unit and of the units above it, found by the unit's path in one statement. */
	@Query(value = """
			select p.* from org_unit_document_profile p join org_unit u on u.id = p.unit_id
			where :path like u.path || '%'""", nativeQuery = true)
	List<DocumentProfile> findAlongPath(String path);

}
