package vn.boiduong.learner;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The learners of every province. */
interface LearnerRepository extends JpaRepository<Learner, Long> {

	@Query(value = "select * from learner where upper(party_card_number) = upper(:card)", nativeQuery = true)
	Optional<Learner> findByPartyCard(String card);

	@Query("""
			select l from Learner l where l.searchName = :searchName and l.birthDate = :birthDate
			  and l.partyOrganizationId = :partyOrganizationId order by l.id""")
	List<Learner> findSamePerson(String searchName, LocalDate birthDate, Long partyOrganizationId);

}
