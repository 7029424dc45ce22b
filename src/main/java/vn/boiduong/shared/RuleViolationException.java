package vn.boiduong.shared;

/**
 * A rule of the domain refused an action. It carries a message key and its arguments, so that the
 * page can say in the user's language which rule was broken and by what.
 */
public class RuleViolationException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	private final String field;

	public RuleViolationException(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	private RuleViolationException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** A violation that belongs next to one field of the form. */
	public static RuleViolationException onField(String field, String messageKey, Object... arguments) {
		return new RuleViolationException(field, messageKey, arguments);
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

	/** The form field at fault, or {@code null} when the rule concerns the whole form. */
	public String getField() {
		return this.field;
	}

}
