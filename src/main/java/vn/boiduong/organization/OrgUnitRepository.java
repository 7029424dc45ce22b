package vn.boiduong.organization;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

	@Query("select u from OrgUnit u order by u.path")
	List<OrgUnit> findAllInTreeOrder();

	/** Every unit as read from the database (not from the persistence context, which a path rewrite bypasses). */
	@Query("""
			select new vn.boiduong.organization.OrgUnitView(u.id, u.kind, u.name, u.shortName, u.parentId, u.path,
			u.validFrom, u.validTo, u.version) from OrgUnit u""")
	List<OrgUnitView> findAllViews();

	@Query("select u from OrgUnit u where u.path like concat(:prefix, '%') order by u.path")
	List<OrgUnit> findSubtree(String prefix);

	@Query("select u from OrgUnit u where u.path like concat(:prefix, '%') and u.kind = :kind")
	List<OrgUnit> findSubtreeOfKind(String prefix, OrgUnitKind kind);

	@Query("select u.id from OrgUnit u where u.path like concat(:prefix, '%')")
	List<Long> findSubtreeIds(String prefix);

	List<OrgUnit> findByIdIn(Collection<Long> ids);

	List<OrgUnit> findByParentIdOrderByName(Long parentId);

	boolean existsByParentIdAndValidToIsNull(Long parentId);

	@Modifying
	@Query(value = "update org_unit set path = :newPrefix || substring(path from length(:oldPrefix) + 1) "
			+ "where path like :oldPrefix || '%'", nativeQuery = true)
	int rewritePaths(String oldPrefix, String newPrefix);

}
