package io.newsdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class EntryTest {

    @Test
    void listsAreNeverNullAndDropNulls() {
        Entry entry = new Entry(null, "t", null, null, null, null, null, null, null, null,
                Arrays.asList("a", null, "b"), null, null, false, null, null, null);

        assertThat(entry.authors()).isEmpty();
        assertThat(entry.enclosures()).isEmpty();
        assertThat(entry.categories()).containsExactly("a", "b");
    }

    @Test
    void aPublishedTimeWithoutPrecisionIsExact() {
        Entry entry = Entry.builder().published(Instant.parse("2024-01-02T03:04:05Z")).build();

        assertThat(entry.publishedPrecision()).isEqualTo(DatePrecision.SECOND);
    }

    @Test
    void noPublishedTimeMeansNoPrecision() {
        Entry entry = Entry.builder().published(null, DatePrecision.MONTH).build();

        assertThat(entry.publishedPrecision()).isNull();
    }

    @Property
    void toBuilderRoundTrips(@ForAll String title, @ForAll boolean teaser, @ForAll List<String> authors) {
        Entry entry = Entry.builder()
                .title(title)
                .teaser(teaser)
                .authors(authors)
                .published(Instant.EPOCH, DatePrecision.MONTH)
                .enclosure(new Enclosure("https://example.org/a.mp3", "audio/mpeg", 12L))
                .build();

        assertThat(entry.toBuilder().build()).isEqualTo(entry);
    }

    @Test
    void formatCodesRoundTrip() {
        for (FeedFormat format : FeedFormat.values()) {
            assertThat(FeedFormat.fromCode(format.code())).isEqualTo(format);
        }
        assertThat(DatePrecision.fromCode("month")).isEqualTo(DatePrecision.MONTH);
    }
}
