package vn.boiduong.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which role where, for other modules: the lecturers of a political centre, the name of
 * the person behind an id. Reads only; never the password hash.
 */
@Service
public class UserDirectory {

	private final EntityManager entityManager;

	UserDirectory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** A person as other modules name them. */
	public record Person(Long id, String username, String fullName) {
	}

	/** The active accounts holding the role at exactly this unit, by name. */
	@Transactional(readOnly = true)
	public List<Person> holdersOf(Role role, Long unitId) {
		return this.entityManager.createQuery("""
				select new vn.boiduong.identity.UserDirectory$Person(u.id, u.username, u.fullName)
				from UserAccount u join u.roles r
				where r.role = :role and r.unitId = :unitId and u.active = true
				order by u.fullName, u.id""", Person.class)
			.setParameter("role", role)
			.setParameter("unitId", unitId)
			.getResultList();
	}

	@Transactional(readOnly = true)
	public Optional<Person> find(Long userId) {
		if (userId == null) {
			return Optional.empty();
		}
		return findAll(List.of(userId)).stream().findFirst();
	}

	/** Several people in one query, in no particular order. */
	@Transactional(readOnly = true)
	public List<Person> findAll(Collection<Long> userIds) {
		if (userIds.isEmpty()) {
			return List.of();
		}
		// one statement text whatever the number of people (an IN list is translated again for each count)
		@SuppressWarnings("unchecked")
		List<Object[]> rows = this.entityManager
			.createNativeQuery("select u.id, u.username, u.full_name from user_account u where u.id = any(:ids)")
			.unwrap(org.hibernate.query.NativeQuery.class)
			.setParameter("ids", userIds.toArray(Long[]::new))
			.addScalar("id", org.hibernate.type.StandardBasicTypes.LONG)
			.addScalar("username", org.hibernate.type.StandardBasicTypes.STRING)
			.addScalar("full_name", org.hibernate.type.StandardBasicTypes.STRING)
			.getResultList();
		return rows.stream().map(r -> new Person((Long) r[0], (String) r[1], (String) r[2])).toList();
	}

	/** Full names by id, in one query. */
	@Transactional(readOnly = true)
	public Map<Long, String> namesOf(Collection<Long> userIds) {
		Map<Long, String> names = new LinkedHashMap<>();
		findAll(userIds).forEach(p -> names.put(p.id(), p.fullName()));
		return names;
	}

}
