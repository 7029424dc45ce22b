package vn.boiduong.course;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.identity.AccountPrincipal;
import vn.boiduong.identity.CurrentUser;

/**
 * What the decision form starts with: the signed-in standing member as the signer, the title under
 * which they signed their last decision (null when they never signed one: the page proposes one from
 * the committee's name), and today's date where the courses take place. Everything stays editable.
 */
@Component
public class OpeningDecisionDraft {

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final CurrentUser currentUser;

	private final EntityManager entityManager;

	private final Clock clock;

	OpeningDecisionDraft(CurrentUser currentUser, EntityManager entityManager, Clock clock) {
		this.currentUser = currentUser;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** The signer's name, the signer's last title (or null) and today's date. */
	public record Draft(String signerName, String signerTitle, LocalDate date) {
	}

	@Transactional(readOnly = true)
	public Draft forCurrentUser() {
		AccountPrincipal me = this.currentUser.get();
		List<String> titles = this.entityManager.createQuery("""
				select c.decision.signerTitle from CourseStep s join s.course c
				where s.action = vn.boiduong.course.StepAction.APPROVED and s.userId = :userId
				  and c.decision.signerName = :name
				order by s.occurredAt desc, s.id desc""", String.class)
			.setParameter("userId", me.getId())
			.setParameter("name", me.getFullName())
			.setMaxResults(1)
			.getResultList();
		return new Draft(me.getFullName(), titles.isEmpty() ? null : titles.get(0), LocalDate.now(this.clock.withZone(ZONE)));
	}

}
