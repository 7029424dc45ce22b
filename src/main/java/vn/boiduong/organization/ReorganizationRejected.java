package vn.boiduong.organization;

import java.util.List;

import vn.boiduong.shared.RuleViolationException;

/**
 * A reorganization broke rules; every one found is listed, each on its field where it has one (for
 * example {@code closures[1].successorId}), so the administrator sees them all at once.
 */
public class ReorganizationRejected extends RuntimeException {

	private final transient List<RuleViolationException> violations;

	ReorganizationRejected(List<RuleViolationException> violations) {
		super("reorganization rejected: " + violations.size() + " rule(s)");
		this.violations = List.copyOf(violations);
	}

	public List<RuleViolationException> violations() {
		return this.violations;
	}

}
