package io.newsdesk.service.fulltext;

import io.newsdesk.domain.Entry;
import io.newsdesk.extract.ArticleExtractor;
import io.newsdesk.fetch.FetchSettings;
import io.newsdesk.fetch.Fetcher;
import io.newsdesk.service.feeds.HostLimits;
import io.newsdesk.service.feeds.HostPauses;
import io.newsdesk.service.testing.Await;
import io.newsdesk.store.Database;
import io.newsdesk.store.Dialect;
import io.newsdesk.store.FeedRepository;
import io.newsdesk.store.FullText;
import io.newsdesk.store.FullTextMode;
import io.newsdesk.store.testing.TestDatabase;
import io.newsdesk.store.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A full-text worker on a fresh database with its own fetcher and the shared bounds, on the real
 * clock (the worker sleeps by it); feeds and entries are stored directly, as polling would.
 */
final class FullTextRig implements AutoCloseable {

    static final long OWNER = 1;

    final TestDatabase testDatabase;
    final Database database;
    final Fetcher fetcher;
    final HostLimits limits;
    final HostPauses pauses;
    final FullTextWorker worker;
    /** How often the worker said it stored a full text. */
    final AtomicInteger stored = new AtomicInteger();
    private final Clock clock = Clock.systemUTC();

    private FullTextRig(Dialect dialect, FetchSettings settings, HostLimits limits) {
        this.testDatabase = TestDatabases.create(dialect, clock);
        this.database = testDatabase.database();
        this.fetcher = new Fetcher(settings);
        this.limits = limits;
        this.pauses = new HostPauses(clock, Duration.ofHours(24));
        this.worker = new FullTextWorker(database, fetcher, new ArticleExtractor(), limits, pauses, clock,
                stored::incrementAndGet);
    }

    /** A rig on SQLite with {@link #quick()} fetch settings and the default bounds (8 in all, 2 per host). */
    static FullTextRig start() {
        return start(Dialect.SQLITE, quick().build());
    }

    static FullTextRig start(Dialect dialect, FetchSettings settings) {
        return start(dialect, settings, new HostLimits(8, 2));
    }

    static FullTextRig start(Dialect dialect, FetchSettings settings, HostLimits limits) {
        FullTextRig rig = open(dialect, settings, limits);
        rig.worker.start();
        return rig;
    }

    /** A rig whose worker is not started yet. */
    static FullTextRig open(Dialect dialect, FetchSettings settings, HostLimits limits) {
        return new FullTextRig(dialect, settings, limits);
    }

    /** Loopback allowed, and timeouts short enough that a page that never finishes fails within seconds. */
    static FetchSettings.Builder quick() {
        return FetchSettings.builder()
                .allowPrivateNetworks(true)
                .connectTimeout(Duration.ofSeconds(2))
                .idleTimeout(Duration.ofSeconds(2))
                .totalTimeout(Duration.ofSeconds(4));
    }

    /** A remote feed the owner subscribes to, with the full-text mode. */
    long feed(String url, FullTextMode mode) {
        long feedId = database.feeds().findOrCreate(url, FeedRepository.REMOTE);
        database.feeds().subscribe(OWNER, feedId, null, null);
        database.fullText().setMode(feedId, mode, 10, clock.instant());
        return feedId;
    }

    /** Stores a teaser entry linking to {@code link} in the feed, as a poll would, and wakes the worker. */
    long teaser(long feedId, String guid, String link) {
        Entry entry = Entry.builder()
                .guid(guid)
                .title("Story " + guid)
                .link(link)
                .published(Instant.parse("2026-11-19T09:00:00Z"))
                .summary("<p>The start of story " + guid + "…</p>")
                .build();
        long id = database.entries().upsert(feedId, List.of(entry), clock.instant()).inserted().getFirst();
        worker.wakeUp();
        return id;
    }

    /** The entry's full text once an attempt at its page has ended (it is fetched, failed, or waits to be retried). */
    FullText awaitAttempted(long entryId) {
        Await.until("an attempt at the page of entry " + entryId, () -> database.fullText().find(entryId)
                .map(text -> text.attemptedAt() != null)
                .orElse(false));
        return database.fullText().find(entryId).orElseThrow();
    }

    @Override
    public void close() {
        worker.close();
        fetcher.close();
        testDatabase.close();
    }
}
