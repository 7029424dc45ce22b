package vn.boiduong.course.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.boiduong.course.CourseMode;
import vn.boiduong.course.CourseView;
import vn.boiduong.course.Delivery;
import vn.boiduong.course.LearnerKind;
import vn.boiduong.course.PlanDetails;

/**
 * The course plan form; {@code version} is the version the user started from (a stale save is refused).
 * {@code signerName} and {@code signsAsDeputy}: who signs the printed plan, prefilled with the planning
 * body's head from its document profile.
 */
record PlanForm(Long organizingUnitId, @NotBlank @Size(max = 500) String name, @NotNull Long politicalCentreUnitId,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOpening,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedClosing,
		@Size(max = 500) String venue, @NotNull CourseMode mode, @NotNull Delivery delivery,
		@NotNull @Positive @Max(MAX_LEARNERS) Integer expectedLearners, List<LearnerKind> targetedLearnerKinds,
		List<Long> electiveTopicIds, @Size(max = 10000) String purposeAndRequirements,
		@Size(max = 10000) String fundingNotes, @Size(max = 10000) String logisticsNotes,
		@Size(max = 200) String signerName, Boolean signsAsDeputy, Long version) {

	/** No district gathers more in one course; a bigger number is a typing slip (an extra zero or two). */
	static final int MAX_LEARNERS = 10000;

	static PlanForm empty(Long organizingUnitId, Long centreId, String headOfPlanningBody) {
		return new PlanForm(organizingUnitId, "", centreId, null, null, "", CourseMode.CONCENTRATED,
				Delivery.IN_PERSON, 50, List.of(LearnerKind.values()), List.of(), "", "", "", headOfPlanningBody, false,
				null);
	}

	static PlanForm of(CourseView c) {
		return new PlanForm(c.organizingUnitId(), c.name(), c.politicalCentreUnitId(), c.plannedOpening(),
				c.plannedClosing(), c.venue(), c.mode(), c.delivery(), c.expectedLearners(), c.targetedLearnerKinds(),
				c.electiveTopics().stream().map(CourseView.TopicRef::id).toList(), c.purposeAndRequirements(),
				c.fundingNotes(), c.logisticsNotes(), c.signerName(), c.signsAsDeputy(), c.version());
	}

	PlanDetails toDetails() {
		return new PlanDetails(this.name, this.politicalCentreUnitId, this.plannedOpening, this.plannedClosing,
				this.venue, this.mode, this.delivery, this.expectedLearners == null ? 0 : this.expectedLearners,
				this.targetedLearnerKinds == null ? null : new LinkedHashSet<>(this.targetedLearnerKinds),
				this.electiveTopicIds, this.purposeAndRequirements, this.fundingNotes, this.logisticsNotes,
				this.signerName, Boolean.TRUE.equals(this.signsAsDeputy));
	}

}
