package vn.boiduong.learner;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How common the words of learners' names are, as PostgreSQL's own statistics of {@code learner_name_word.word}
 * tell (its most common words with their frequencies, and a histogram of the others), read at most every ten
 * minutes: the registry's search is driven by the rarest of the typed words ("nguyen van": by "van", which
 * begins fewer names than "nguyen"). Only the search's cost depends on it, never what it finds.
 */
@Component
class NameWordStatistics {

	static final Duration KEPT = Duration.ofMinutes(10);

	private final JdbcTemplate jdbc;

	private volatile Snapshot held;

	NameWordStatistics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The share of the word rows that begin with the prefix, estimated; 0 with no statistics yet. */
	double share(String prefix) {
		return snapshot().share(prefix);
	}

	/** The statistics as last read: read again when older than {@link #KEPT}. */
	Snapshot snapshot() {
		Snapshot snapshot = this.held;
		long now = System.nanoTime();
		if (snapshot == null || now - snapshot.readAt() > KEPT.toNanos()) {
			snapshot = read(now);
			this.held = snapshot;
		}
		return snapshot;
	}

	private Snapshot read(long now) {
		List<Snapshot> read = this.jdbc.query("""
				select most_common_vals::text::text[], most_common_freqs, histogram_bounds::text::text[], n_distinct,
				  null_frac
				from pg_stats where schemaname = current_schema() and tablename = 'learner_name_word' and attname = 'word'""",
				(rs, i) -> new Snapshot(now, strings(rs.getArray(1)), numbers(rs.getArray(2)), strings(rs.getArray(3)),
						rs.getDouble(4), rs.getDouble(5)));
		return read.isEmpty() ? new Snapshot(now, List.of(), new double[0], List.of(), 0, 0) : read.get(0);
	}

	private static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<String> strings = new ArrayList<>();
		for (Object o : (Object[]) array.getArray()) {
			strings.add((String) o);
		}
		return strings;
	}

	private static double[] numbers(Array array) throws SQLException {
		if (array == null) {
			return new double[0];
		}
		Object[] values = (Object[]) array.getArray();
		double[] numbers = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			numbers[i] = ((Number) values[i]).doubleValue();
		}
		return numbers;
	}

	/**
	 * PostgreSQL's statistics of a column: its most common values with their frequencies, and the bounds of
	 * equally filled buckets of the other values ({@code n_distinct} below 0: a share of the rows).
	 */
	record Snapshot(long readAt, List<String> commonWords, double[] commonShares, List<String> histogram,
			double distinct, double nullShare) {

		double share(String prefix) {
			double common = 0;
			double share = 0;
			for (int i = 0; i < this.commonWords.size(); i++) {
				common += this.commonShares[i];
				if (this.commonWords.get(i).startsWith(prefix)) {
					share += this.commonShares[i];
				}
			}
			double others = Math.max(0, 1 - common - this.nullShare);
			if (others == 0) {
				return share;
			}
			if (this.histogram.size() > 1) {
				int within = 0;
				for (String bound : this.histogram) {
					if (bound.startsWith(prefix)) {
						within++;
					}
				}
				// a prefix of no common word and between two bounds may still begin some word: half a bucket
				double buckets = within > 0 ? within : share > 0 ? 0 : 0.5;
				return share + others * buckets / (this.histogram.size() - 1);
			}
			// too few other words for a histogram: one of them, on average
			double words = this.distinct < 0 ? 1 : Math.max(1, this.distinct - this.commonWords.size());
			return share + others / words;
		}

	}

}
