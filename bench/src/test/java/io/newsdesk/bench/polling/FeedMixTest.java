package io.newsdesk.bench.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FeedMixTest {

    @Test
    void readsSharesAndGivesTheRestToFreshFeeds() {
        FeedMix mix = FeedMix.parse(FeedMix.DEFAULT);

        assertThat(mix.percentages()).containsEntry(FeedBehaviour.SLOW, 2.0).containsEntry(FeedBehaviour.TIMEOUT, 0.2);
        assertThat(mix.describe()).isEqualTo("fresh=92.8,slow=2,not-found=2,server-error=2,gone=1,timeout=0.2");
        assertThat(FeedMix.parse(mix.spec())).isEqualTo(mix);
    }

    @Test
    void assignsWholeFeedsPerShareShuffledButTheSameForTheSameSeed() {
        FeedMix mix = FeedMix.parse("slow=10, gone=5");

        List<FeedBehaviour> behaviours = mix.assign(1000, 7);
        Map<FeedBehaviour, Long> counts = behaviours.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(
                Map.of(FeedBehaviour.SLOW, 100L, FeedBehaviour.GONE, 50L, FeedBehaviour.FRESH, 850L));
        assertThat(mix.assign(1000, 7)).isEqualTo(behaviours);
        assertThat(mix.assign(1000, 8)).isNotEqualTo(behaviours);
        assertThat(behaviours.subList(0, 100)).as("shuffled, not in blocks").contains(FeedBehaviour.FRESH, FeedBehaviour.SLOW);
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> FeedMix.parse("sleepy=3")).hasMessageContaining("'sleepy=3' is not one of");
        assertThatThrownBy(() -> FeedMix.parse("fresh=50")).hasMessageContaining("'fresh=50' is not one of");
        assertThatThrownBy(() -> FeedMix.parse("slow")).hasMessageContaining("'slow' is not one of");
        assertThatThrownBy(() -> FeedMix.parse("slow=lots")).hasMessage("the share of slow must be a percentage, not 'lots'");
        assertThatThrownBy(() -> FeedMix.parse("slow=-1")).hasMessageContaining("must be a percentage");
        assertThatThrownBy(() -> FeedMix.parse("slow=60,gone=50")).hasMessageContaining("more than 100%");
    }
}
