package vn.boiduong.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the district propaganda board writes in a course plan. */
public record PlanDetails(String name, Long politicalCentreUnitId, LocalDate plannedOpening, LocalDate plannedClosing,
		String venue, CourseMode mode, Delivery delivery, int expectedLearners, Set<LearnerKind> targetedLearnerKinds,
		List<Long> electiveTopicIds, String purposeAndRequirements, String fundingNotes, String logisticsNotes) {

	public PlanDetails {
		targetedLearnerKinds = targetedLearnerKinds == null ? Set.of() : Set.copyOf(targetedLearnerKinds);
		electiveTopicIds = electiveTopicIds == null ? List.of() : electiveTopicIds.stream().distinct().toList();
	}

}
