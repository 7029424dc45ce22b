package vn.boiduong.organization;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

	/** Every unit as read from the database (not from the persistence context, which a path rewrite bypasses). */
	@Query("""
			select new vn.boiduong.organization.OrgUnitView(u.id, u.kind, u.name, u.shortName, u.parentId, u.path,
			u.validFrom, u.validTo, u.version) from OrgUnit u""")
	List<OrgUnitView> findAllViews();

	boolean existsByParentIdAndValidToIsNull(Long parentId);

	@Modifying
	@Query(value = "update org_unit set path = :newPrefix || substring(path from length(:oldPrefix) + 1) "
			+ "where path like :oldPrefix || '%'", nativeQuery = true)
	int rewritePaths(String oldPrefix, String newPrefix);

}
