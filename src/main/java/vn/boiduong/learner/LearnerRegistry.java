package vn.boiduong.learner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.shared.RuleViolationException;

/**
 * The learner registry of a province: one person is one learner across courses. Before a learner is
 * registered, the same person is looked for (the party card number, else the name, birth date and
 * party organization) and shown to the user to confirm, never registered twice.
 */
@Service
public class LearnerRegistry {

	static final String AUDIT_TYPE = "Learner";

	private final LearnerRepository learners;

	private final AuditLog audit;

	private final Clock clock;

	LearnerRegistry(LearnerRepository learners, AuditLog audit, Clock clock) {
		this.learners = learners;
		this.audit = audit;
		this.clock = clock;
	}

	/** How a registered learner was found to be the same person. */
	public enum MatchedBy {

		PARTY_CARD, NAME_BIRTH_DATE_ORGANIZATION

	}

	/**
	 * The same person already in the registry, shown only by what confirms them (name, birth year, party
	 * organization): the rest of another committee's learner is not the importer's to see.
	 */
	public record LearnerMatch(Long learnerId, MatchedBy matchedBy, String fullName, int birthYear,
			Long partyOrganizationId) {
	}

	/** The registered learner who is the same person, if any. */
	@Transactional(readOnly = true)
	public Optional<LearnerMatch> findSamePerson(LearnerDetails details) {
		if (details.partyCardNumber() != null && !details.partyCardNumber().isBlank()) {
			Optional<Learner> byCard = this.learners.findByPartyCard(details.partyCardNumber().strip());
			if (byCard.isPresent()) {
				return byCard.map(l -> match(l, MatchedBy.PARTY_CARD));
			}
		}
		if (details.birthDate() == null || details.partyOrganizationId() == null) {
			return Optional.empty();
		}
		return this.learners
			.findSamePerson(VietnameseNames.searchKey(details.fullName()), details.birthDate(), details.partyOrganizationId())
			.stream()
			.findFirst()
			.map(l -> match(l, MatchedBy.NAME_BIRTH_DATE_ORGANIZATION));
	}

	/**
	 * Registers a new learner for the committee that enters them; refused when the party card number
	 * already names a learner.
	 */
	@Transactional
	public LearnerView register(LearnerDetails details, Long registeredByUnitId) {
		if (details.partyCardNumber() != null && this.learners.findByPartyCard(details.partyCardNumber()).isPresent()) {
			throw RuleViolationException.onField("partyCardNumber", "learner.partyCardTaken", details.partyCardNumber());
		}
		Learner learner = this.learners.saveAndFlush(new Learner(details, registeredByUnitId, Instant.now(this.clock)));
		LearnerView view = learner.toView();
		this.audit.record("LEARNER_REGISTERED", AUDIT_TYPE, view.id(), null, view);
		return view;
	}

	@Transactional(readOnly = true)
	public List<LearnerView> findAll(List<Long> ids) {
		return this.learners.findAllById(ids).stream().map(Learner::toView).toList();
	}

	private static LearnerMatch match(Learner learner, MatchedBy by) {
		LearnerView view = learner.toView();
		return new LearnerMatch(view.id(), by, view.fullName(), view.birthDate().getYear(), view.partyOrganizationId());
	}

}
