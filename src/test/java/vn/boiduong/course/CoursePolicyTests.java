package vn.boiduong.course;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.boiduong.organization.Capacity;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7, item 3: one table says, for each action, in which statuses and by which capacities it is taken. */
class CoursePolicyTests {

	@Test
	void everyActionHasOneRowInTermsOfCapacities() {
		assertThat(CoursePolicy.TABLE.keySet()).containsExactlyInAnyOrder(CourseAction.values());
		CoursePolicy.TABLE.values().forEach(rule -> {
			assertThat(rule.statuses()).isNotEmpty();
			assertThat(rule.capacities()).isNotEmpty();
		});
	}

	@Test
	void thePlanIsWrittenAndSentByItsPlanningBodyInDraftOnly() {
		for (CourseAction action : Set.of(CourseAction.EDIT, CourseAction.SUBMIT)) {
			assertThat(CoursePolicy.TABLE.get(action).statuses()).containsExactly(CourseStatus.DRAFT);
			assertThat(CoursePolicy.TABLE.get(action).capacities()).containsExactly(Capacity.PLANNING_BODY);
		}
	}

	@Test
	void theConcurringBodiesSpeakWhileThePlanIsUnderReview() {
		CoursePolicy.Rule rule = CoursePolicy.TABLE.get(CourseAction.GIVE_OPINION);
		assertThat(rule.statuses()).containsExactly(CourseStatus.UNDER_REVIEW);
		assertThat(rule.capacities()).containsExactly(Capacity.CONCURRING_BODY);
	}

	@Test
	void theDecidingBodyDecidesAndEitherTheDecidingOrThePlanningBodyCancelsBeforeTheClassOpens() {
		assertThat(CoursePolicy.TABLE.get(CourseAction.APPROVE).capacities()).containsExactly(Capacity.DECIDING_BODY);
		assertThat(CoursePolicy.TABLE.get(CourseAction.REJECT).capacities()).containsExactly(Capacity.DECIDING_BODY);
		assertThat(CoursePolicy.TABLE.get(CourseAction.CANCEL).capacities())
			.containsExactlyInAnyOrder(Capacity.PLANNING_BODY, Capacity.DECIDING_BODY);
		assertThat(CoursePolicy.TABLE.get(CourseAction.CANCEL).statuses()).isEqualTo(EnumSet.of(CourseStatus.DRAFT,
				CourseStatus.UNDER_REVIEW, CourseStatus.AWAITING_DECISION, CourseStatus.APPROVED));
	}

	@Test
	void onceTheClassHasOpenedOnlyTheClassItselfIsOffered() {
		Set<CourseStatus> later = EnumSet.range(CourseStatus.IN_PROGRESS, CourseStatus.CANCELLED);
		Set<CourseAction> ofTheClass = EnumSet.of(CourseAction.PROPOSE_LEARNERS, CourseAction.CONFIRM_ROSTER,
				CourseAction.CLOSE_CLASS, CourseAction.TAKE_ATTENDANCE, CourseAction.CORRECT_ATTENDANCE,
				CourseAction.CHANGE_SESSION);
		CoursePolicy.TABLE.forEach((action, rule) -> {
			if (!ofTheClass.contains(action)) {
				assertThat(rule.statuses()).as(action.name()).doesNotContainAnyElementsOf(later);
			}
		});
	}

	@Test
	void theOrganizationBoardProposesLearnersAndTheTeachingInstitutionRunsTheClass() {
		assertThat(CoursePolicy.TABLE.get(CourseAction.PROPOSE_LEARNERS).capacities())
			.containsExactly(Capacity.ENROLLING_BODY);
		for (CourseAction action : Set.of(CourseAction.CONFIRM_ROSTER, CourseAction.OPEN_CLASS, CourseAction.CLOSE_CLASS)) {
			assertThat(CoursePolicy.TABLE.get(action).capacities()).containsExactly(Capacity.CLASS_MANAGEMENT);
		}
		assertThat(CoursePolicy.TABLE.get(CourseAction.OPEN_CLASS).statuses()).containsExactly(CourseStatus.APPROVED);
		assertThat(CoursePolicy.TABLE.get(CourseAction.TAKE_ATTENDANCE).statuses())
			.containsExactly(CourseStatus.IN_PROGRESS);
		assertThat(CoursePolicy.TABLE.get(CourseAction.TAKE_ATTENDANCE).capacities())
			.containsExactlyInAnyOrder(Capacity.CLASS_MANAGEMENT, Capacity.LECTURER);
	}

}
