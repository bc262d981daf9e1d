package io.newsdesk.store;

import static io.newsdesk.store.TestEntries.NOW;
import static io.newsdesk.store.TestEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.domain.Entry;
import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

class FullTextRepositoryTest {

    private static final Instant LATER = NOW.plusSeconds(600);

    @DatabaseTest
    void aNewFeedIsInAutoAndUndecidedSoNothingIsQueued(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        db.entries().upsert(feed, List.of(entry("1", "One")), NOW);

        assertThat(db.fullText().setting(feed)).contains(FullTextSetting.UNDECIDED);
        assertThat(db.feeds().list(1)).singleElement()
                .satisfies(summary -> assertThat(summary.fullText()).isEqualTo(FullTextSetting.UNDECIDED));
        assertThat(db.fullText().due(LATER, 10)).isEmpty();
        assertThat(db.fullText().nextAttemptAt()).isEmpty();
    }

    @DatabaseTest
    void newEntriesOfAFeedThatFetchesAreQueuedWithTheirLinksOnly(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        assertThat(db.fullText().setMode(feed, FullTextMode.ON, 10, NOW)).isTrue();
        Entry noLink = entry("2", "No link").toBuilder().link(null).build();
        Entry mailLink = entry("3", "Mail").toBuilder().link("mailto:desk@a.example").build();

        List<Long> ids = db.entries().upsert(feed, List.of(entry("1", "One"), noLink, mailLink), NOW).inserted();

        assertThat(db.fullText().due(NOW, 10)).singleElement().satisfies(job -> {
            assertThat(job.entryId()).isEqualTo(ids.getFirst());
            assertThat(job.feedId()).isEqualTo(feed);
            assertThat(job.url()).isEqualTo("https://news.example/1");
            assertThat(job.attempts()).isZero();
        });
        assertThat(db.fullText().find(ids.getFirst())).hasValueSatisfying(text -> {
            assertThat(text.status()).isEqualTo(FullTextStatus.PENDING);
            assertThat(text.html()).isNull();
        });
        assertThat(db.fullText().find(ids.get(1))).isEmpty();
    }

    @DatabaseTest
    void anEntryThatChangesIsNotQueuedAgain(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        db.fullText().setMode(feed, FullTextMode.ON, 10, NOW);
        long id = db.entries().upsert(feed, List.of(entry("1", "One")), NOW).inserted().getFirst();
        FullTextJob job = db.fullText().due(NOW, 10).getFirst();
        db.fullText().claim(job, LATER);
        db.fullText().recordFetched(id, page("Full story."), NOW);

        db.entries().upsert(feed, List.of(entry("1", "One, corrected")), LATER);

        assertThat(db.fullText().find(id)).hasValueSatisfying(text -> {
            assertThat(text.status()).isEqualTo(FullTextStatus.FETCHED);
            assertThat(text.text()).isEqualTo("Full story.");
        });
        assertThat(db.fullText().nextAttemptAt()).isEmpty();
    }

    @DatabaseTest
    void turningOnQueuesTheLatestEntriesAndOffDropsWhatStillWaits(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        List<Entry> entries = IntStream.range(0, 5)
                .mapToObj(i -> entry("e" + i, "Entry " + i).toBuilder().published(NOW.minusSeconds(60L * (5 - i))).build())
                .toList();
        List<Long> ids = db.entries().upsert(feed, entries, NOW).inserted();

        db.fullText().setMode(feed, FullTextMode.ON, 3, NOW);

        assertThat(db.fullText().due(NOW, 10)).extracting(FullTextJob::entryId)
                .containsExactlyInAnyOrder(ids.get(4), ids.get(3), ids.get(2));
        db.fullText().recordFetched(ids.get(4), page("Kept."), NOW);

        db.fullText().setMode(feed, FullTextMode.OFF, 3, NOW);

        assertThat(db.fullText().due(LATER, 10)).isEmpty();
        assertThat(db.fullText().find(ids)).containsOnlyKeys(ids.get(4));
        assertThat(db.fullText().setting(feed)).hasValueSatisfying(setting -> {
            assertThat(setting.mode()).isEqualTo(FullTextMode.OFF);
            assertThat(setting.fetches()).isFalse();
        });
        db.entries().upsert(feed, List.of(entry("new", "New")), LATER);
        assertThat(db.fullText().due(LATER, 10)).isEmpty();
    }

    @DatabaseTest
    void settingTheModeOfAFeedThatDoesNotExistChangesNothing(Database db) {
        assertThat(db.fullText().setMode(404, FullTextMode.ON, 10, NOW)).isFalse();
        assertThat(db.fullText().setting(404)).isEmpty();
    }

    @DatabaseTest
    void anAutoDecisionIsRememberedAndQueuesWhatItWasGiven(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        List<Long> ids = db.entries().upsert(feed, List.of(entry("1", "One"), entry("2", "Two")), NOW).inserted();
        assertThat(db.fullText().feedsToDecide(NOW, 10)).containsExactly(feed);

        boolean recorded = db.fullText().recordDecision(feed, true, "the entries are teasers", NOW,
                NOW.plusSeconds(7 * 86_400), Map.of(ids.getFirst(), "https://news.example/1"));

        assertThat(recorded).isTrue();
        assertThat(db.fullText().setting(feed)).contains(
                new FullTextSetting(FullTextMode.AUTO, true, "the entries are teasers", NOW));
        assertThat(db.fullText().feedsToDecide(LATER, 10)).isEmpty();
        assertThat(db.fullText().feedsToDecide(NOW.plusSeconds(7 * 86_400), 10)).containsExactly(feed);
        assertThat(db.fullText().due(NOW, 10)).extracting(FullTextJob::entryId).containsExactly(ids.getFirst());
        long later = db.entries().upsert(feed, List.of(entry("3", "Three")), LATER).inserted().getFirst();
        assertThat(db.fullText().find(later)).isPresent();
    }

    @DatabaseTest
    void theUsersChoiceWinsOverADecisionMadeMeanwhile(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        db.fullText().setMode(feed, FullTextMode.OFF, 10, NOW);

        assertThat(db.fullText().recordDecision(feed, true, "teasers", NOW, LATER, Map.of())).isFalse();
        assertThat(db.fullText().feedsToDecide(NOW, 10)).isEmpty();

        db.fullText().setMode(feed, FullTextMode.AUTO, 10, NOW);
        assertThat(db.fullText().setting(feed)).contains(FullTextSetting.UNDECIDED);
        assertThat(db.fullText().feedsToDecide(NOW, 10)).containsExactly(feed);
    }

    @DatabaseTest
    void aPostponedDecisionWaitsUntilItsTime(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        db.fullText().postponeDecision(feed, LATER);

        assertThat(db.fullText().feedsToDecide(NOW, 10)).isEmpty();
        assertThat(db.fullText().feedsToDecide(LATER, 10)).containsExactly(feed);
    }

    @DatabaseTest
    void recentEntriesAreTheNewestFirst(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        List<Long> ids = db.entries().upsert(feed, List.of(
                entry("old", "Old").toBuilder().published(NOW.minusSeconds(7200)).build(),
                entry("new", "New").toBuilder().published(NOW.minusSeconds(60)).build()), NOW).inserted();

        assertThat(db.fullText().recentEntries(feed, 1)).singleElement().satisfies(recent -> {
            assertThat(recent.id()).isEqualTo(ids.get(1));
            assertThat(recent.entry().title()).isEqualTo("New");
            assertThat(recent.entry().link()).isEqualTo("https://news.example/new");
        });
    }

    @DatabaseTest
    void aClaimIsTakenOnceAndHidesThePageUntilItsLeaseEnds(Database db, TestDatabase test) {
        long id = queuedEntry(db);
        FullTextJob job = db.fullText().due(NOW, 10).getFirst();

        try (Database otherProcess = test.openAnother()) {
            assertThat(db.fullText().claim(job, LATER)).isTrue();
            assertThat(otherProcess.fullText().claim(job, LATER)).isFalse();
        }
        assertThat(db.fullText().due(LATER.minusMillis(1), 10)).isEmpty();
        assertThat(db.fullText().nextAttemptAt()).contains(LATER);
        assertThat(db.fullText().due(LATER, 10)).extracting(FullTextJob::entryId).containsExactly(id);
    }

    @DatabaseTest
    void aFetchedArticleIsStoredBesideTheTeaserAndRaisesTheRevision(Database db) {
        long id = queuedEntry(db);
        db.fullText().claim(db.fullText().due(NOW, 10).getFirst(), LATER);
        ExtractedPage page = new ExtractedPage("https://news.example/final/1", 200, "<p>The whole story.</p>",
                "The whole story.", List.of("Ann Lee"), "https://news.example/lead.jpg", NOW.minusSeconds(86_400),
                "News Example");

        db.fullText().recordFetched(id, page, LATER);

        FullText text = db.fullText().find(id).orElseThrow();
        assertThat(text).isEqualTo(new FullText(id, FullTextStatus.FETCHED, "https://news.example/1",
                "https://news.example/final/1", "<p>The whole story.</p>", "The whole story.", List.of("Ann Lee"),
                "https://news.example/lead.jpg", NOW.minusSeconds(86_400), "News Example", LATER, LATER, 200, null,
                null, 0, null));
        assertThat(db.entries().find(1, id)).hasValueSatisfying(stored -> {
            assertThat(stored.entry().content()).isEqualTo("<p>One</p>");
            assertThat(stored.changedAt()).isEqualTo(LATER);
        });
        assertThat(db.entries().pendingIndex(10)).singleElement().satisfies(pending -> {
            assertThat(pending.revision()).isEqualTo(2);
            assertThat(pending.fullText()).isEqualTo("The whole story.");
        });
    }

    @DatabaseTest
    void failuresAreCountedRetriedAndGivenUpWithTheirReason(Database db) {
        long id = queuedEntry(db);
        PageFailure timeout = new PageFailure("timeout", "no answer within 60 s", null);

        db.fullText().recordFailure(id, timeout, NOW, LATER);

        assertThat(db.fullText().find(id)).hasValueSatisfying(text -> {
            assertThat(text.status()).isEqualTo(FullTextStatus.RETRYING);
            assertThat(text.attempts()).isEqualTo(1);
            assertThat(text.errorCode()).isEqualTo("timeout");
            assertThat(text.error()).isEqualTo("no answer within 60 s");
            assertThat(text.attemptedAt()).isEqualTo(NOW);
            assertThat(text.nextAttemptAt()).isEqualTo(LATER);
        });

        db.fullText().recordFailure(id, new PageFailure("http_error", "HTTP 404 Not Found", 404), LATER, null);

        assertThat(db.fullText().find(id)).hasValueSatisfying(text -> {
            assertThat(text.status()).isEqualTo(FullTextStatus.FAILED);
            assertThat(text.attempts()).isEqualTo(2);
            assertThat(text.httpStatus()).isEqualTo(404);
            assertThat(text.nextAttemptAt()).isNull();
        });
        assertThat(db.fullText().due(LATER.plusSeconds(86_400), 10)).isEmpty();
    }

    @DatabaseTest
    void queueingNowStartsAFailedPageOverButLeavesAFetchedOne(Database db) {
        long id = queuedEntry(db);
        db.fullText().recordFailure(id, new PageFailure("not_html", "the page is a PDF", 200), NOW, null);

        FullText again = db.fullText().queueNow(id, "https://news.example/1", LATER);

        assertThat(again.status()).isEqualTo(FullTextStatus.PENDING);
        assertThat(again.attempts()).isZero();
        assertThat(again.error()).isNull();
        assertThat(again.nextAttemptAt()).isEqualTo(LATER);

        db.fullText().recordFetched(id, page("Done."), LATER);
        assertThat(db.fullText().queueNow(id, "https://news.example/1", LATER.plusSeconds(1)).status())
                .isEqualTo(FullTextStatus.FETCHED);
    }

    @DatabaseTest
    void queueingNowWorksForAnyFeedButNotForAMissingEntry(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        db.fullText().setMode(feed, FullTextMode.OFF, 10, NOW);
        long id = db.entries().upsert(feed, List.of(entry("1", "One")), NOW).inserted().getFirst();

        assertThat(db.fullText().queueNow(id, "https://news.example/1", NOW).status()).isEqualTo(FullTextStatus.PENDING);
        assertThatThrownBy(() -> db.fullText().queueNow(9999, "https://news.example/x", NOW))
                .isInstanceOf(StoreException.class);
    }

    @DatabaseTest
    void postponingMovesWaitingPagesWithoutCountingAnAttempt(Database db) {
        long id = queuedEntry(db);

        db.fullText().postpone(List.of(id), LATER);

        assertThat(db.fullText().due(NOW, 10)).isEmpty();
        assertThat(db.fullText().find(id)).hasValueSatisfying(text -> {
            assertThat(text.attempts()).isZero();
            assertThat(text.nextAttemptAt()).isEqualTo(LATER);
        });
    }

    @DatabaseTest
    void removingTheFeedRemovesItsFullTexts(Database db) {
        long id = queuedEntry(db);
        long feed = db.fullText().due(NOW, 1).getFirst().feedId();

        db.feeds().unsubscribe(1, feed);

        assertThat(db.fullText().find(id)).isEmpty();
        assertThat(db.fullText().nextAttemptAt()).isEmpty();
    }

    /** An entry of a feed whose pages are fetched, queued at {@link TestEntries#NOW}. */
    private static long queuedEntry(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        db.fullText().setMode(feed, FullTextMode.ON, 10, NOW);
        return db.entries().upsert(feed, List.of(entry("1", "One")), NOW).inserted().getFirst();
    }

    private static ExtractedPage page(String text) {
        return new ExtractedPage("https://news.example/1", 200, "<p>" + text + "</p>", text, List.of(), null, null, null);
    }
}
