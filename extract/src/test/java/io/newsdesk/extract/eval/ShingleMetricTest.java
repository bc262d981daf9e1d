package io.newsdesk.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsdesk.extract.eval.ShingleMetric.PageCounts;
import io.newsdesk.extract.eval.ShingleMetric.Scores;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {

    @Test
    void tokensAreUnicodeWordRunsWithCaseKept() {
        assertThat(ShingleMetric.tokens("It’s 3.5%—naïve_user Ünïcode 東京 ½!"))
                .containsExactly("It", "s", "3", "5", "naïve_user", "Ünïcode", "東京", "½");
    }

    @Test
    void shinglesAreFourTokenRunsCountedAsAMultiset() {
        assertThat(ShingleMetric.shingles("a b c d a b c d"))
                .isEqualTo(Map.of("a b c d", 2, "b c d a", 1, "c d a b", 1, "d a b c", 1));
    }

    @Test
    void aShortTextIsOneShingleAndAnEmptyOneNone() {
        assertThat(ShingleMetric.shingles("just two")).isEqualTo(Map.of("just two", 1));
        assertThat(ShingleMetric.shingles(" … ")).isEmpty();
        assertThat(ShingleMetric.shingles(null)).isEmpty();
    }

    @Test
    void aPerfectPredictionIsAllTruePositives() {
        PageCounts counts = ShingleMetric.compare("one two three four five", "one two three four five");

        assertThat(counts).isEqualTo(new PageCounts(1, 0, 0));
    }

    @Test
    void countsAreNormalisedPerPage() {
        // truth shingles: [1 2 3 4], [2 3 4 5]; predicted: [1 2 3 4], [2 3 4 X], [3 4 X Y]
        PageCounts counts = ShingleMetric.compare("1 2 3 4 5", "1 2 3 4 X Y");

        assertThat(counts.tp()).isCloseTo(1 / 4.0, within(1e-12));
        assertThat(counts.fp()).isCloseTo(2 / 4.0, within(1e-12));
        assertThat(counts.fn()).isCloseTo(1 / 4.0, within(1e-12));
    }

    @Test
    void repeatedShinglesCountOncePerOccurrence() {
        PageCounts counts = ShingleMetric.compare("a b c d", "a b c d. a b c d");

        // predicted: [a b c d] ×2, [b c d a], [c d a b], [d a b c]; truth: [a b c d] ×1
        assertThat(counts.tp()).isCloseTo(1 / 5.0, within(1e-12));
        assertThat(counts.fp()).isCloseTo(4 / 5.0, within(1e-12));
        assertThat(counts.fn()).isZero();
    }

    @Test
    void precisionSkipsPagesWithoutPredictionAndRecallPagesWithoutTruth() {
        PageCounts perfect = ShingleMetric.compare("a b c d e", "a b c d e");
        PageCounts nothingPredicted = ShingleMetric.compare("a b c d e", "");
        PageCounts half = ShingleMetric.compare("a b c d e", "a b c d");

        Scores scores = ShingleMetric.aggregate(List.of(perfect, nothingPredicted, half));

        // precision over {perfect, half}: (1 + 1) / 2; recall over all three: (1 + 0 + 0.5) / 3
        assertThat(scores.precision()).isCloseTo(1.0, within(1e-12));
        assertThat(scores.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(scores.f1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-12));
    }

    @Test
    void aPageWhereBothAreEmptyCountsNowhere() {
        PageCounts empty = ShingleMetric.compare("", "");

        assertThat(empty).isEqualTo(new PageCounts(0, 0, 0));
        assertThat(ShingleMetric.aggregate(List.of(empty, ShingleMetric.compare("a b", "a b"))))
                .isEqualTo(new Scores(1, 1, 1));
    }
}
