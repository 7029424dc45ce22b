package vn.boiduong.learner;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Which typed word drives the registry's search (the one that begins the fewest names, else the longest, the
 * last of the longest), how the others filter, and the range of the words a prefix begins.
 */
class NamePrefixesTests {

	private static final Map<String, Double> SHARES = Map.of("nguyen", 0.11, "van", 0.05, "thi", 0.09, "hong", 0.013,
			"bui", 0.007, "duc", 0.022);

	@Test
	void theTypedWordThatBeginsTheFewestNamesDrivesAndTheOthersFilter() {
		LearnerRegistry.NamePrefixes prefixes = LearnerRegistry.NamePrefixes.of("nguyen thi hong",
				w -> SHARES.getOrDefault(w, 0.0));
		assertThat(prefixes.prefix()).isEqualTo("hong");
		assertThat(prefixes.prefixEnd()).isEqualTo("honh");
		assertThat(prefixes.patterns()).containsExactly("% nguyen%", "% thi%");

		assertThat(LearnerRegistry.NamePrefixes.of("nguyen van", w -> SHARES.getOrDefault(w, 0.0)).prefix())
			.isEqualTo("van");
		assertThat(LearnerRegistry.NamePrefixes.of("bui duc", w -> SHARES.getOrDefault(w, 0.0)).prefix()).isEqualTo("bui");
	}

	@Test
	void withoutStatisticsTheLongestWordDrivesTheLastOfTheLongest() {
		assertThat(LearnerRegistry.NamePrefixes.of("nguyen van", w -> 0).prefix()).isEqualTo("nguyen");
		assertThat(LearnerRegistry.NamePrefixes.of("bui duc", w -> 0).prefix()).isEqualTo("duc");
		assertThat(LearnerRegistry.NamePrefixes.of("hung", w -> 0).patterns()).isEmpty();
	}

	@Test
	void theOtherWordsAreMatchedAsTypedNotAsPatterns() {
		LearnerRegistry.NamePrefixes prefixes = LearnerRegistry.NamePrefixes.of("a%b c_d e\\f longest", w -> 0);
		assertThat(prefixes.prefix()).isEqualTo("longest");
		assertThat(prefixes.patterns()).containsExactly("% a\\%b%", "% c\\_d%", "% e\\\\f%");
	}

	@Test
	void theWordsAPrefixBeginsEndBeforeItsSuccessorInCodePointOrder() {
		assertThat(LearnerRegistry.NamePrefixes.successor("thu")).isEqualTo("thv");
		assertThat(LearnerRegistry.NamePrefixes.successor("a\uD7FF")).isEqualTo("a\uE000");
		String highest = new String(Character.toChars(Character.MAX_CODE_POINT));
		assertThat(LearnerRegistry.NamePrefixes.successor("a" + highest)).isEqualTo("b");
		assertThat(LearnerRegistry.NamePrefixes.successor("z\uD83D\uDE00")).isEqualTo("z\uD83D\uDE01");
	}

	@Test
	void theStatisticsEstimateTheShareOfTheWordsAPrefixBegins() {
		NameWordStatistics.Snapshot snapshot = new NameWordStatistics.Snapshot(0, List.of("nguyen", "thi", "thu"),
				new double[] { 0.3, 0.2, 0.1 }, List.of("an", "binh", "hai", "hung", "tam"), 50, 0);
		assertThat(snapshot.share("nguyen")).isCloseTo(0.3, within(1e-9));
		// "th": two common words, no other word's bound
		assertThat(snapshot.share("th")).isCloseTo(0.3, within(1e-9));
		// "x": no word known, between two bounds (half a bucket of the other 40 %)
		assertThat(snapshot.share("x")).isCloseTo(0.4 * 0.5 / 4, within(1e-9));
		// "h": the bounds "hai" and "hung" (two of four buckets of the other 40 %)
		assertThat(snapshot.share("h")).isCloseTo(0.4 * 2 / 4, within(1e-9));

		NameWordStatistics.Snapshot none = new NameWordStatistics.Snapshot(0, List.of(), new double[0], List.of(), 0, 0);
		assertThat(none.share("nguyen")).isEqualTo(none.share("x")).isEqualTo(1.0);
	}

}
