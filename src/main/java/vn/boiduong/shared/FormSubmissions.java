package vn.boiduong.shared;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A create form is done once per one-time token it carries (issued when the form is shown). The token
 * is recorded in the same transaction as what the form creates, under a unique key: a second submission
 * of the same form, even at the same moment, waits for the first and is then told where its result is,
 * instead of creating a copy. A form refused by a rule rolls back its token, so it can be corrected and
 * sent again.
 */
@Service
public class FormSubmissions {

	/** Tokens are kept this long: a page left open longer is shown again before it is sent. */
	private static final String KEPT = "30 days";

	private final JdbcTemplate jdbc;

	public FormSubmissions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A new token for a form about to be shown. */
	public UUID issue() {
		return UUID.randomUUID();
	}

	/** What a submission led to: the address of its result, and whether an earlier one already created it. */
	public record Outcome(String result, boolean repeated) {
	}

	/**
	 * Runs {@code create} (which returns the address of what it created) unless a form with this token
	 * was already done; then returns the first one's result. A form without a token simply runs.
	 */
	@Transactional
	public Outcome once(UUID token, Supplier<String> create) {
		if (token == null) {
			return new Outcome(create.get(), false);
		}
		int inserted = this.jdbc.update("insert into form_submission (token) values (?) on conflict do nothing", token);
		if (inserted == 0) {
			String result = this.jdbc.queryForObject("select result from form_submission where token = ?", String.class,
					token);
			return new Outcome(result, true);
		}
		String result = create.get();
		this.jdbc.update("update form_submission set result = ? where token = ?", result, token);
		this.jdbc.update("delete from form_submission where submitted_at < now() - interval '" + KEPT + "'");
		return new Outcome(result, false);
	}

}
