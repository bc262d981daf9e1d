package io.newsdesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.FeedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The parser holds no state: parses on many threads at once give what one thread gives. */
class ConcurrentParsingTest {

    private static final List<String> FILES = List.of(
            "feed-fixtures/miniflux/internal/reader/parser/testdata/large_atom.xml",
            "feed-fixtures/miniflux/internal/reader/parser/testdata/encoding_ISO-8859-1.xml",
            "feed-fixtures/miniflux/internal/reader/parser/testdata/rdf_UTF8.xml",
            "feedparser/tests/illformed/rss_item_link_corrupted_ampersands.xml",
            "feed-fixtures/jsonfeed/test/examples/v1.1/podcast.json");

    @Test
    void parallelParsesAgreeWithSequentialOnes() throws Exception {
        List<FeedDocument> expected = new ArrayList<>();
        for (String file : FILES) {
            expected.add(FeedParser.parse(SharedCorpus.bytes(file), null, "https://example.com/feed"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FeedDocument>> results = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (String file : FILES) {
                    results.add(pool.submit(() -> FeedParser.parse(SharedCorpus.bytes(file), null, "https://example.com/feed")));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % FILES.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
