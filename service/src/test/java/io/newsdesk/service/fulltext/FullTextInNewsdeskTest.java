package io.newsdesk.service.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Feed;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.entries.EntryService;
import io.newsdesk.service.json.JsonShapes;
import io.newsdesk.service.testing.Await;
import io.newsdesk.service.testing.Feeds;
import io.newsdesk.service.testing.FixtureServer;
import io.newsdesk.service.testing.FixtureServer.Reply;
import io.newsdesk.service.testing.TestNewsdesk;
import io.newsdesk.store.FullText;
import io.newsdesk.store.FullTextStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole stage in a running Newsdesk: subscribe to a feed of teasers, and its articles arrive and are searchable. */
class FullTextInNewsdeskTest {

    private static final long OWNER = Newsdesk.OWNER;

    @TempDir
    Path dataDir;

    private final FixtureServer site = FixtureServer.start();
    private Newsdesk newsdesk;

    @AfterEach
    void tearDown() {
        if (newsdesk != null) {
            newsdesk.close();
        }
        site.close();
    }

    @Test
    void aFeedOfTeasersGetsItsArticlesFetchedStoredAndIndexed() {
        Instant published = Instant.parse("2026-11-19T09:00:00Z");
        Feeds.Item[] items = IntStream.range(0, 4)
                .mapToObj(i -> Feeds.item("s" + i, "Story " + i, published.plusSeconds(i), "The start of story " + i + "…"))
                .toArray(Feeds.Item[]::new);
        // The test feed links its items to https://news.example/GUID: serve them here instead.
        String rss = Feeds.rss("Harbour Times", items).replace("https://news.example/", site.url("/news/"));
        site.serve("/feed.xml", Reply.rss(rss));
        IntStream.range(0, 4).forEach(i -> site.serve("/news/s" + i,
                Reply.ok("text/html; charset=utf-8", ArticlePages.article("Story " + i, "Ann Lee", 8))));
        newsdesk = TestNewsdesk.open(dataDir, Clock.systemUTC());

        Feed feed = newsdesk.feeds().add(OWNER, site.url("/feed.xml"), null);
        newsdesk.startBackgroundWork();

        Await.until("the four articles are found by a word only their pages have",
                () -> newsdesk.search().search(OWNER, ArticlePages.PAGE_ONLY_WORD, null, 10, 0).total() == 4);
        var summary = newsdesk.feeds().get(OWNER, feed.id());
        assertThat(summary.fullText().autoDecision()).isTrue();
        assertThat(JsonShapes.feed(summary).get("full_text")).isEqualTo(Map.of(
                "mode", "auto", "fetching", true, "auto_decision", "on",
                "auto_reason", "4 of the 4 latest entries are teasers (short, or ending in a \"read more\" link)",
                "decided_at", summary.fullText().decidedAt().toString()));
        var entry = newsdesk.entries().list(OWNER, EntryService.Filter.unread(1)).items().getFirst();
        FullText text = newsdesk.fullText().get(OWNER, entry.id()).orElseThrow();
        assertThat(text.status()).isEqualTo(FullTextStatus.FETCHED);
        assertThat(entry.entry().summary()).isEqualTo("The start of story 3…");
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonShapes.entry(entry, text).get("full_text");
        assertThat(json).containsEntry("status", "fetched").containsEntry("error", null)
                .containsEntry("byline", List.of("Ann Lee")).containsEntry("url", site.url("/news/s3"));
        assertThat((String) json.get("text")).contains(ArticlePages.PAGE_ONLY_WORD);

        // The index is a cache of the database: rebuilt, it has the articles again.
        newsdesk.index().rebuild(ProgressListener.NONE);
        assertThat(newsdesk.search().search(OWNER, ArticlePages.PAGE_ONLY_WORD, null, 10, 0).total()).isEqualTo(4);
    }
}
