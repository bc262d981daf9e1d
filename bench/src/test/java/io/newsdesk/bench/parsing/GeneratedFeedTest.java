package io.newsdesk.bench.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.FeedDocument;
import io.newsdesk.parse.FeedParser;
import org.junit.jupiter.api.Test;

class GeneratedFeedTest {

    @Test
    void isAFeedOfTheSizeAskedFor() throws Exception {
        GeneratedFeed feed = new GeneratedFeed(300_000);

        byte[] document = feed.readAllBytes();
        FeedDocument parsed = FeedParser.parse(document, null, GeneratedFeed.URL);

        assertThat(document.length).isBetween(300_000, 300_000 + 5_000);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.entries()).hasSize(feed.items()).hasSizeGreaterThan(100);
        assertThat(parsed.entries().get(3).title()).isEqualTo("Harbour report, part 3");
        assertThat(parsed.entries().get(3).summary()).contains("href=\"https://gazette.example/harbour/3\"");
        assertThat(feed.bytesRead()).isEqualTo(document.length);
        assertThat(feed.read()).isEqualTo(-1);
    }
}
