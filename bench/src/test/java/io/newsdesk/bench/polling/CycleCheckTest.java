package io.newsdesk.bench.polling;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.bench.BenchmarkException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CycleCheckTest {

    @Test
    void aCycleThatPolledEveryFeedOnceWithinTheBoundPasses() {
        assertThatCode(() -> CycleCheck.verify(result(1, counts(0, 10, 0), counts(0, 2, 0), 2), 2)).doesNotThrowAnyException();
        assertThatCode(() -> CycleCheck.verify(result(2, counts(0, 10, 0), counts(2, 0, 0), 2), 2)).doesNotThrowAnyException();
    }

    @Test
    void missedOrRepeatedFeedsAndCrowdedHostsFailIt() {
        assertThatThrownBy(() -> CycleCheck.verify(result(1, counts(1, 8, 1), counts(0, 2, 0), 2), 2))
                .isInstanceOf(BenchmarkException.class)
                .hasMessageContaining("fresh feeds: 8 requested once, 1 never, 1 more than once (expected each once)");
        assertThatThrownBy(() -> CycleCheck.verify(result(1, counts(0, 10, 0), counts(2, 0, 0), 2), 2))
                .hasMessageContaining("gone feeds: 0 requested once, 2 never, 0 more than once (expected each once)");
        assertThatThrownBy(() -> CycleCheck.verify(result(2, counts(0, 10, 0), counts(0, 2, 0), 2), 2))
                .hasMessageContaining("gone feeds: 2 requested once, 0 never, 0 more than once (expected none)");
        assertThatThrownBy(() -> CycleCheck.verify(result(1, counts(0, 10, 0), counts(0, 2, 0), 3), 2))
                .hasMessageContaining("a host answered 3 requests at once, more than the 2 allowed per host");
    }

    private static ServerStats.RequestCounts counts(long none, long once, long more) {
        return new ServerStats.RequestCounts(none, once, more);
    }

    private static CycleResult result(int cycle, ServerStats.RequestCounts fresh, ServerStats.RequestCounts gone,
            int mostActive) {
        ServerStats stats = new ServerStats(cycle, 12, Map.of(), 0, Map.of("fresh", fresh, "gone", gone), mostActive, 0, 1);
        return new CycleResult(1, cycle, 12, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO, 1, stats, 0, 0, 1);
    }
}
