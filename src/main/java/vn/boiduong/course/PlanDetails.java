package vn.boiduong.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What the district propaganda board writes in a course plan. */
public record PlanDetails(String name, Long politicalCentreUnitId, LocalDate plannedOpening, LocalDate plannedClosing,
		String venue, CourseMode mode, Delivery delivery, int expectedLearners, Set<LearnerKind> targetedLearnerKinds,
		List<Long> electiveTopicIds, String purposeAndRequirements, String fundingNotes, String logisticsNotes) {

	public PlanDetails {
		// an empty choice in a list binds as null: it is no choice
		targetedLearnerKinds = targetedLearnerKinds == null ? Set.of()
				: targetedLearnerKinds.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
		electiveTopicIds = electiveTopicIds == null ? List.of()
				: electiveTopicIds.stream().filter(Objects::nonNull).distinct().toList();
	}

}
