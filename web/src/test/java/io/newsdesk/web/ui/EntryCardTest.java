package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Source;
import org.junit.jupiter.api.Test;

class EntryCardTest {

    @Test
    void snippetPrefersTheDekThenTheSummaryThenTheContent() {
        var withDek = Samples.entry().dek("A short dek.").build();
        var withSummary = Samples.entry().build();
        var contentOnly = Samples.entry().summary(null).build();
        var noText = Samples.entry().summary(null).content(null).build();

        assertThat(EntryCard.from(Samples.stored(1, withDek, false, false), Samples.TIME).snippet()).isEqualTo("A short dek.");
        assertThat(EntryCard.from(Samples.stored(1, withSummary, false, false), Samples.TIME).snippet())
                .isEqualTo("The council voted 31 to 12 for the line. Construction starts in spring.");
        assertThat(EntryCard.from(Samples.stored(1, contentOnly, false, false), Samples.TIME).snippet())
                .isEqualTo("The council voted 31 to 12 for the line.");
        assertThat(EntryCard.from(Samples.stored(1, noText, false, false), Samples.TIME).snippet()).isNull();
    }

    @Test
    void longSummariesAreShortenedForTheCard() {
        var entry = Samples.entry().summary("<p>" + "word ".repeat(200) + "</p>").build();

        String snippet = EntryCard.from(Samples.stored(1, entry, false, false), Samples.TIME).snippet();

        assertThat(snippet).hasSizeLessThanOrEqualTo(EntryCard.SNIPPET_LENGTH).endsWith("…");
    }

    @Test
    void untitledEntriesGetAPlaceholder() {
        var entry = Samples.entry().title("   ").build();

        assertThat(EntryCard.from(Samples.stored(1, entry, false, false), Samples.TIME).title()).isEqualTo("Untitled entry");
    }

    @Test
    void sourceFallsBackToTheFeedAndIsOnlyShownSeparatelyWhenDifferent() {
        var own = EntryCard.from(Samples.stored(1, Samples.entry().build(), false, false), Samples.TIME);
        var other = EntryCard.from(Samples.stored(1, Samples.entry().source(new Source("The Wire", null)).build(), false, false), Samples.TIME);

        assertThat(own.sourceName()).isEqualTo("City Desk");
        assertThat(own.showsFeedSeparately()).isFalse();
        assertThat(other.sourceName()).isEqualTo("The Wire");
        assertThat(other.showsFeedSeparately()).isTrue();
    }

    @Test
    void unknownPublishedTimeHasNoTimestamp() {
        var entry = Samples.entry().published(null).build();

        assertThat(EntryCard.from(Samples.stored(1, entry, false, false), Samples.TIME).published()).isNull();
    }

    @Test
    void timestampIsRelativeToThePagesClock() {
        var card = EntryCard.from(Samples.stored(1, Samples.entry().build(), false, false), Samples.TIME);

        assertThat(card.published()).isEqualTo(new Timestamp("2026-11-28T11:05:00Z", "28 Nov 2026, 12:05", "3 hours ago"));
    }
}
