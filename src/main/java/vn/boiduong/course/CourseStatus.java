package vn.boiduong.course;

import java.util.EnumSet;
import java.util.Set;

/** Where a course stands in the workflow of DESIGN §2. */
public enum CourseStatus {

	DRAFT, UNDER_REVIEW, AWAITING_DECISION, APPROVED, IN_PROGRESS, CLOSED, RESULTS_FINAL, EVALUATED, REPORTED,
	ACKNOWLEDGED, CANCELLED;

	private static final Set<CourseStatus> CANCELLABLE = EnumSet.of(DRAFT, UNDER_REVIEW, AWAITING_DECISION, APPROVED);

	/** A course may be cancelled, with a reason, at any point before the class opens. */
	public boolean isCancellable() {
		return CANCELLABLE.contains(this);
	}

	public String messageKey() {
		return "course.status." + name();
	}

}
