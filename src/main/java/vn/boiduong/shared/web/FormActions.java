package vn.boiduong.shared.web;

import java.util.Arrays;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

import vn.boiduong.shared.RuleViolationException;

/**
 * The one way a form's action runs: only when the form is valid, and a broken rule or a conflict with
 * someone else's save goes back onto the form (next to its field where it has one), so the page is
 * shown again as typed with the reason in the user's language.
 */
public final class FormActions {

	private FormActions() {
	}

	/** Runs the action if the form is valid; {@code true} when it succeeded. */
	public static boolean run(BindingResult result, Runnable action) {
		if (result.hasErrors()) {
			return false;
		}
		try {
			action.run();
			return true;
		}
		catch (RuleViolationException ex) {
			reject(result, ex);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("error.conflict");
		}
		return false;
	}

	private static boolean hasField(BindingResult result, String field) {
		if (field == null) {
			return false;
		}
		Object target = result.getTarget();
		if (target != null && target.getClass().isRecord()) {
			return Arrays.stream(target.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(field));
		}
		return result.getFieldType(field) != null;
	}

	/** Puts a broken rule onto the form: next to its field, or at the top of the form. */
	public static void reject(BindingResult result, RuleViolationException ex) {
		if (hasField(result, ex.getField())) {
			result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
		}
		else {
			result.reject(ex.getMessageKey(), ex.getArguments(), null);
		}
	}

}
