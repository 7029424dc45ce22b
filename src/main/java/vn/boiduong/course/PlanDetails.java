package vn.boiduong.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the planning body writes in a course plan; {@code signerName} and {@code signsAsDeputy} say who
 * signs the printed plan, as the planning body's head or for the head as a deputy (K/T).
 */
public record PlanDetails(String name, Long politicalCentreUnitId, LocalDate plannedOpening, LocalDate plannedClosing,
		String venue, CourseMode mode, Delivery delivery, int expectedLearners, Set<LearnerKind> targetedLearnerKinds,
		List<Long> electiveTopicIds, String purposeAndRequirements, String fundingNotes, String logisticsNotes,
		String signerName, boolean signsAsDeputy) {

	/** A plan that leaves the signer to the defaults: the head of the planning body signs. */
	public PlanDetails(String name, Long politicalCentreUnitId, LocalDate plannedOpening, LocalDate plannedClosing,
			String venue, CourseMode mode, Delivery delivery, int expectedLearners,
			Set<LearnerKind> targetedLearnerKinds, List<Long> electiveTopicIds, String purposeAndRequirements,
			String fundingNotes, String logisticsNotes) {
		this(name, politicalCentreUnitId, plannedOpening, plannedClosing, venue, mode, delivery, expectedLearners,
				targetedLearnerKinds, electiveTopicIds, purposeAndRequirements, fundingNotes, logisticsNotes, null, false);
	}

	public PlanDetails {
		// an empty choice in a list binds as null: it is no choice
		targetedLearnerKinds = targetedLearnerKinds == null ? Set.of()
				: targetedLearnerKinds.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
		electiveTopicIds = electiveTopicIds == null ? List.of()
				: electiveTopicIds.stream().filter(Objects::nonNull).distinct().toList();
	}

}
