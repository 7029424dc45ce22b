package vn.boiduong.course.web;

import java.util.Arrays;

import org.springframework.validation.BindingResult;

import vn.boiduong.shared.RuleViolationException;

/** Puts a broken rule on the form: next to its field when the form has it, otherwise on top. */
final class Forms {

	private Forms() {
	}

	static void reject(BindingResult result, RuleViolationException ex) {
		Object target = result.getTarget();
		boolean hasField = ex.getField() != null && target != null && target.getClass().isRecord()
				&& Arrays.stream(target.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(ex.getField()));
		if (hasField) {
			result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
		}
		else {
			result.reject(ex.getMessageKey(), ex.getArguments(), null);
		}
	}

}
