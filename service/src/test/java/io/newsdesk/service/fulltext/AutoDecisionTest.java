package io.newsdesk.service.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Entry;
import io.newsdesk.service.feeds.HostLimits;
import io.newsdesk.service.testing.Await;
import io.newsdesk.service.testing.RawHttpServer;
import io.newsdesk.store.Dialect;
import io.newsdesk.store.FeedRepository;
import io.newsdesk.store.FullText;
import io.newsdesk.store.FullTextMode;
import io.newsdesk.store.FullTextSetting;
import io.newsdesk.store.FullTextStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code auto} decides from a feed's entries, compares with a page when they could be either, and remembers. */
class AutoDecisionTest {

    private static final String PROSE = "The council met on Tuesday to discuss the harbour works, and members "
            + "agreed, after a long debate, that the repairs should start in spring. ";

    private final RawHttpServer site = RawHttpServer.start("127.0.0.1");
    private FullTextRig rig;

    @BeforeEach
    void start() {
        rig = FullTextRig.open(Dialect.SQLITE, FullTextRig.quick().build(), new HostLimits(8, 2));
        IntStream.range(0, 10).forEach(i -> site.page("/news/" + i, ArticlePages.article("Story " + i, "Ann Lee", 8)));
    }

    @AfterEach
    void tearDown() throws IOException {
        rig.close();
        site.close();
    }

    @Test
    void aFeedOfTeasersIsTurnedOnAndItsLatestPagesAreFetched() {
        long feed = feedOf(i -> "<p>Short teaser " + i + ".</p>");

        FullTextSetting setting = decide(feed);

        assertThat(setting.mode()).isEqualTo(FullTextMode.AUTO);
        assertThat(setting.autoDecision()).isTrue();
        assertThat(setting.autoReason()).startsWith("10 of the 10 latest entries are teasers");
        assertThat(setting.fetches()).isTrue();
        awaitAllFetched(feed);
        long later = store(feed, 10, "<p>Another short one.</p>");
        assertThat(rig.database.fullText().find(later)).as("new entries are queued as they are stored").isPresent();
    }

    @Test
    void aFeedOfFullArticlesIsLeftOffWithoutFetchingAnything() {
        long feed = feedOf(i -> "<p>" + PROSE.repeat(30) + "</p>");

        FullTextSetting setting = decide(feed);

        assertThat(setting.autoDecision()).isFalse();
        assertThat(setting.autoReason()).isEqualTo("the latest entries carry their articles (0 of 10 are teasers)");
        assertThat(site.requests("/news/9")).isZero();
        assertThat(rig.database.fullText().due(Instant.now().plusSeconds(3600), 100)).isEmpty();
    }

    @Test
    void summariesMuchShorterThanTheirPagesAreTeasers() {
        long feed = feedOf(i -> "<p>" + PROSE.repeat(5) + "</p>");

        FullTextSetting setting = decide(feed);

        assertThat(setting.autoDecision()).isTrue();
        assertThat(setting.autoReason()).matches("the latest entry has \\d+% of the text of its page's article");
        awaitAllFetched(feed);
        assertThat(site.requests("/news/9")).as("the compared page is stored, not fetched twice").isEqualTo(1);
    }

    @Test
    void summariesAsLongAsTheirPagesAreNotTeasers() {
        IntStream.range(0, 10).forEach(i -> site.page("/news/" + i, "<html><body><article><p>" + PROSE.repeat(6)
                + "</p></article></body></html>"));
        long feed = feedOf(i -> "<p>" + PROSE.repeat(6) + "</p>");

        FullTextSetting setting = decide(feed);

        assertThat(setting.autoDecision()).isFalse();
        assertThat(setting.autoReason()).isEqualTo("the latest entry has 100% of the text of its page's article");
        assertThat(rig.database.fullText().due(Instant.now().plusSeconds(3600), 100)).isEmpty();
    }

    @Test
    void aComparisonThatCannotBeMadeForNowIsTriedAgainLater() {
        site.route("/news/9", RawHttpServer.complete("503 Service Unavailable", "", new byte[0]));
        long feed = feedOf(i -> "<p>" + PROSE.repeat(5) + "</p>");

        rig.worker.start();
        Await.until("the comparison was tried", () -> site.requests("/news/9") == 1
                && rig.database.fullText().feedsToDecide(Instant.now(), 10).isEmpty());

        assertThat(rig.database.fullText().setting(feed)).contains(FullTextSetting.UNDECIDED);
        assertThat(rig.database.fullText().feedsToDecide(Instant.now().plus(AutoDecider.TRY_AGAIN_AFTER), 10))
                .containsExactly(feed);
    }

    @Test
    void aFeedWithTooFewEntriesWaitsForMore() {
        long feed = rig.database.feeds().findOrCreate(site.url("/few.xml"), FeedRepository.REMOTE);
        rig.database.feeds().subscribe(FullTextRig.OWNER, feed, null, null);
        store(feed, 0, "<p>Short.</p>");

        rig.worker.start();
        Await.until("the decision is put off", () -> rig.database.fullText().feedsToDecide(Instant.now(), 10).isEmpty());

        assertThat(rig.database.fullText().setting(feed)).contains(FullTextSetting.UNDECIDED);
    }

    @Test
    void feedsAddedInBulkAreAllDecidedWithoutWaitingForMoreEntries() {
        // Three rounds' worth, stored as an import would, with no wake-up after the worker starts.
        List<Long> feeds = IntStream.range(0, 40)
                .mapToObj(n -> feedOf("/feed-" + n + ".xml", i -> "<p>" + PROSE.repeat(30) + "</p>"))
                .toList();

        rig.worker.start();

        Await.until("every feed is decided", () -> feeds.stream().allMatch(feed -> rig.database.fullText()
                .setting(feed).map(setting -> setting.autoDecision() != null).orElse(false)));
        assertThat(feeds).allSatisfy(feed -> assertThat(rig.database.fullText().setting(feed))
                .hasValueSatisfying(setting -> assertThat(setting.autoDecision()).isFalse()));
    }

    /** A feed in auto with ten entries, the newest last stored, each linking to its page on the site. */
    private long feedOf(IntFunction<String> summary) {
        return feedOf("/feed.xml", summary);
    }

    private long feedOf(String path, IntFunction<String> summary) {
        long feed = rig.database.feeds().findOrCreate(site.url(path), FeedRepository.REMOTE);
        rig.database.feeds().subscribe(FullTextRig.OWNER, feed, null, null);
        IntStream.range(0, 10).forEach(i -> store(feed, i, summary.apply(i)));
        return feed;
    }

    private long store(long feed, int number, String summary) {
        Entry entry = Entry.builder()
                .guid("story-" + number)
                .title("Story " + number)
                .link(site.url("/news/" + number))
                .published(Instant.parse("2026-11-19T00:00:00Z").plusSeconds(60L * number))
                .summary(summary)
                .build();
        return rig.database.entries().upsert(feed, List.of(entry), Instant.now()).inserted().getFirst();
    }

    private FullTextSetting decide(long feed) {
        rig.worker.start();
        Await.until("feed " + feed + " is decided", () -> rig.database.fullText().setting(feed)
                .map(setting -> setting.autoDecision() != null)
                .orElse(false));
        return rig.database.fullText().setting(feed).orElseThrow();
    }

    private void awaitAllFetched(long feed) {
        List<Long> ids = rig.database.fullText().recentEntries(feed, 10).stream().map(recent -> recent.id()).toList();
        Await.until("the latest pages are fetched", () -> rig.database.fullText().find(ids).values().stream()
                .filter(text -> text.status() == FullTextStatus.FETCHED)
                .count() == ids.size());
        assertThat(rig.database.fullText().find(ids).values()).extracting(FullText::text)
                .allSatisfy(text -> assertThat(text).contains(ArticlePages.PAGE_ONLY_WORD));
    }
}
