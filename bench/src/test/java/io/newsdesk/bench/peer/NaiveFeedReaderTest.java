package io.newsdesk.bench.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.bench.corpus.FeedCorpus;
import io.newsdesk.bench.corpus.SyntheticEntry;
import io.newsdesk.bench.corpus.SyntheticFeed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class NaiveFeedReaderTest {

    @Test
    void readsTheSameEntriesAsWereGeneratedInEveryFormat() throws Exception {
        for (SyntheticFeed feed : FeedCorpus.generate(9, 3, 6)) {
            NaiveFeed read = NaiveFeedReader.read(feed.document(), feed.format().contentType());

            assertThat(read.title()).as(feed.format().name()).isEqualTo(feed.title());
            assertThat(read.entries()).as(feed.format().name()).hasSameSizeAs(feed.entries());
            for (int i = 0; i < feed.entries().size(); i++) {
                SyntheticEntry expected = feed.entries().get(i);
                NaiveEntry actual = read.entries().get(i);
                assertThat(actual.guid()).isEqualTo(expected.id());
                assertThat(actual.title()).isEqualTo(expected.title());
                assertThat(actual.link()).isEqualTo(expected.link());
                assertThat(actual.author()).isEqualTo(expected.authors().getFirst());
                assertThat(actual.categories()).isEqualTo(expected.categories());
                assertThat(actual.published()).isEqualTo(expected.published());
                // ROME may re-encode entities (&#34; for &quot;): compare the markup, not the bytes.
                assertThat(normalized(actual.html())).isEqualTo(normalized(expected.contentHtml()));
            }
        }
    }

    private static String normalized(String html) {
        return Jsoup.parseBodyFragment(html).body().html();
    }

    @Test
    void badDocumentsFailWithAReason() {
        byte[] notXml = "<rss><channel><title>cut off".getBytes(StandardCharsets.UTF_8);
        byte[] notAFeed = "{\"name\": \"not a feed\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> NaiveFeedReader.read(notXml, "application/rss+xml"))
                .isInstanceOf(NaiveFeedException.class).hasMessageContaining("ROME");
        assertThatThrownBy(() -> NaiveFeedReader.read(notAFeed, "application/feed+json"))
                .isInstanceOf(NaiveFeedException.class).hasMessageContaining("without items");
    }

    @Test
    void jsonFeedWithoutHtmlFallsBackToTheSummary() throws Exception {
        byte[] feed = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "T",
                 "items": [{"id": "1", "summary": "Short", "date_published": "not a date"}]}
                """.getBytes(StandardCharsets.UTF_8);

        NaiveFeed read = NaiveFeedReader.read(feed, "application/json");

        assertThat(read.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.html()).isEqualTo("Short");
            assertThat(entry.published()).isNull();
            assertThat(entry.categories()).isEqualTo(List.of());
        });
    }
}
