package vn.boiduong.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A course plan as pages and printed papers show it, names resolved. {@code decision} is null until
 * approved; {@code signerName} is null when the planning body's head signs the printed plan.
 */
public record CourseView(Long id, Long programId, Long organizingUnitId, String organizingUnitName,
		Long politicalCentreUnitId, String politicalCentreName, String name, LocalDate plannedOpening,
		LocalDate plannedClosing, String venue, CourseMode mode, Delivery delivery, int expectedLearners,
		List<LearnerKind> targetedLearnerKinds, List<TopicRef> electiveTopics, String purposeAndRequirements,
		String fundingNotes, String logisticsNotes, String signerName, boolean signsAsDeputy, CourseStatus status,
		int reviewRound,
		OpeningDecisionView decision, String cancellationReason, String createdByName, Instant createdAt,
		long version) {

	/** "05/03/2026 – 08/03/2026" */
	public String dates() {
		return DisplayDates.span(this.plannedOpening, this.plannedClosing);
	}

	/** What tells this course from the others ("Năm 2027 – đợt 3"), see {@link CourseLabel}. */
	public String label() {
		return CourseLabel.of(this.name);
	}

	/** A chosen elective topic. */
	public record TopicRef(Long id, String title) {
	}

}
