package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.PollState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedRowTest {

    @Test
    void statusFollowsThePollState() {
        PollState neverChecked = new PollState(null, Samples.NOW, Duration.ofMinutes(30), 0, null, null, null, null, false);

        assertThat(FeedRow.from(Samples.feed(1, "A", Samples.healthy(), false), 0, 0, Samples.TIME).status()).isEqualTo(FeedStatus.OK);
        assertThat(FeedRow.from(Samples.feed(1, "A", Samples.failing(), false), 0, 0, Samples.TIME).status()).isEqualTo(FeedStatus.FAILING);
        assertThat(FeedRow.from(Samples.feed(1, "A", Samples.disabled(), false), 0, 0, Samples.TIME).status()).isEqualTo(FeedStatus.DISABLED);
        assertThat(FeedRow.from(Samples.feed(1, "A", Samples.healthy(), true), 0, 0, Samples.TIME).status()).isEqualTo(FeedStatus.LOCAL);
        assertThat(FeedRow.from(Samples.feed(1, "A", neverChecked, false), 0, 0, Samples.TIME).status()).isEqualTo(FeedStatus.NEW);
        assertThat(FeedRow.from(Samples.feed(1, "A", null, false), 0, 0, Samples.TIME).status()).isEqualTo(FeedStatus.NEW);
    }

    @Test
    void feedsThatAreNotPolledHaveNoNextCheck() {
        assertThat(FeedRow.from(Samples.feed(1, "A", Samples.disabled(), false), 0, 0, Samples.TIME).nextCheck()).isNull();
        assertThat(FeedRow.from(Samples.feed(1, "A", Samples.healthy(), true), 0, 0, Samples.TIME).nextCheck()).isNull();
        assertThat(FeedRow.from(Samples.feed(1, "A", Samples.healthy(), false), 0, 0, Samples.TIME).nextCheck().relative())
                .isEqualTo("in 25 minutes");
    }

    @Test
    void failureSummaryCountsChecksAndNamesTheStatus() {
        FeedRow failing = FeedRow.from(Samples.feed(1, "A", Samples.failing(), false), 0, 0, Samples.TIME);
        PollState once = new PollState(Samples.NOW, Samples.NOW, Duration.ofHours(1), 1, "timeout", null, null, null, false);

        assertThat(failing.failureSummary()).isEqualTo("3 checks failed in a row (HTTP 404).");
        assertThat(FeedRow.from(Samples.feed(1, "A", once, false), 0, 0, Samples.TIME).failureSummary())
                .isEqualTo("The last check failed.");
    }

    @Test
    void untitledFeedsAreNamedByTheirUrl() {
        FeedRow row = FeedRow.from(Samples.feed(5, " ", Samples.healthy(), false), 0, 0, Samples.TIME);

        assertThat(row.title()).isEqualTo("https://site.example/5/feed.xml");
    }

    @Test
    void pageOffersCategoriesInUseAndCountsFailingFeeds() {
        FeedsPage page = Samples.feedsPage();

        assertThat(page.categories()).containsExactly("News");
        assertThat(page.failingCount()).isEqualTo(2);
    }
}
