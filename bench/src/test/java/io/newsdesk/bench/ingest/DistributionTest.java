package io.newsdesk.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertThat(Distribution.of(List.of(5.0, 1.0, 3.0))).isEqualTo(new Distribution(3.0, 1.0, 5.0));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Distribution.of(List.of(4.0, 1.0, 2.0, 10.0)).median()).isEqualTo(3.0);
    }

    @Test
    void needsValues() {
        assertThatThrownBy(() -> Distribution.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void theMedianLiesWithinTheRange(
            @ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = -1e6, max = 1e6) Double> values) {
        Distribution distribution = Distribution.of(values);

        assertThat(distribution.min()).isEqualTo(values.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        assertThat(distribution.max()).isEqualTo(values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        assertThat(distribution.median()).isBetween(distribution.min(), distribution.max());
    }
}
