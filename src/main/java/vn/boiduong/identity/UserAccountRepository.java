package vn.boiduong.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@EntityGraph(attributePaths = "roles")
	@Query("select u from UserAccount u where lower(u.username) = lower(:username)")
	Optional<UserAccount> findByUsernameWithRoles(String username);

	@Query("select count(u) > 0 from UserAccount u where lower(u.username) = lower(:username)")
	boolean existsByUsernameIgnoreCase(String username);

	/** Accounts whose username or full name matches a lower-case LIKE pattern ('%' for all). */
	@Query("""
			select u from UserAccount u
			where lower(u.username) like :pattern or lower(u.fullName) like :pattern
			order by lower(u.username)""")
	Page<UserAccount> search(String pattern, Pageable pageable);

	@Query("select count(distinct u) from UserAccount u join u.roles r where u.active = true and r.role = :role")
	long countActiveHolding(Role role);

	/** The accounts holding any role at the unit, with their roles. */
	@EntityGraph(attributePaths = "roles")
	@Query("""
			select u from UserAccount u
			where u.id in (select r.user.id from RoleAssignment r where r.unitId = :unitId) order by u.id""")
	List<UserAccount> findHoldingAt(Long unitId);

	/** The holders of any role at the unit, whose sessions must read their roles again. */
	@Modifying
	@Query("""
			update UserAccount u set u.authorizationVersion = u.authorizationVersion + 1
			where u.id in (select r.user.id from RoleAssignment r where r.unitId = :unitId)""")
	int authorizationsChangedAtUnit(Long unitId);

}
