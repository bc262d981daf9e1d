package io.newsdesk.service.fulltext;

import static io.newsdesk.service.NewsdeskException.Kind.INVALID;
import static io.newsdesk.service.NewsdeskException.Kind.NOT_FOUND;
import static io.newsdesk.service.testing.NewsdeskAssertions.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Entry;
import io.newsdesk.service.testing.MutableClock;
import io.newsdesk.store.Database;
import io.newsdesk.store.Dialect;
import io.newsdesk.store.FeedRepository;
import io.newsdesk.store.FullTextMode;
import io.newsdesk.store.FullTextStatus;
import io.newsdesk.store.PageFailure;
import io.newsdesk.store.testing.TestDatabase;
import io.newsdesk.store.testing.TestDatabases;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FullTextServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final long OWNER = 1;

    private final MutableClock clock = new MutableClock(NOW);
    private final TestDatabase testDatabase = TestDatabases.create(Dialect.SQLITE, clock);
    private final Database database = testDatabase.database();
    private final AtomicInteger wakeUps = new AtomicInteger();
    private final FullTextService service = new FullTextService(database, wakeUps::incrementAndGet, clock);
    private final long feed = subscribedFeed();

    @AfterEach
    void tearDown() {
        testDatabase.close();
    }

    @Test
    void modesAreReadAsUsersTypeThem() {
        assertThat(FullTextService.mode(" ON ")).isEqualTo(FullTextMode.ON);
        assertThat(FullTextService.mode("auto")).isEqualTo(FullTextMode.AUTO);
        assertFailsWith(INVALID, () -> FullTextService.mode("sometimes"))
                .hasMessage("full text must be one of auto, on, off, not 'sometimes'");
        assertFailsWith(INVALID, () -> FullTextService.mode(null));
    }

    @Test
    void turningAFeedOnQueuesItsLatestPagesAndWakesTheWorker() {
        long id = store("1", "https://news.org/1");

        service.setMode(OWNER, feed, FullTextMode.ON);

        assertThat(database.fullText().setting(feed)).hasValueSatisfying(setting -> assertThat(setting.fetches()).isTrue());
        assertThat(database.fullText().find(id)).isPresent();
        assertThat(wakeUps).hasValue(1);
    }

    @Test
    void onlyTheUsersOwnFeedsCanBeSet() {
        long other = database.feeds().findOrCreate("https://other.org/feed", FeedRepository.REMOTE);

        assertFailsWith(NOT_FOUND, () -> service.setMode(OWNER, other, FullTextMode.ON)).hasMessage("no feed " + other);
        assertThat(database.fullText().setting(other)).hasValueSatisfying(setting ->
                assertThat(setting.mode()).isEqualTo(FullTextMode.AUTO));
    }

    @Test
    void anEntrysFullTextIsEmptyUntilItsPageIsWanted() {
        long id = store("1", "https://news.org/1");

        assertThat(service.get(OWNER, id)).isEmpty();
        assertFailsWith(NOT_FOUND, () -> service.get(OWNER, 404)).hasMessage("no entry 404");
    }

    @Test
    void fetchingNowQueuesThePageWhateverTheFeedsSetting() {
        service.setMode(OWNER, feed, FullTextMode.OFF);
        long id = store("1", " https://news.org/1 ");

        var text = service.fetchNow(OWNER, id);

        assertThat(text.status()).isEqualTo(FullTextStatus.PENDING);
        assertThat(text.pageUrl()).isEqualTo("https://news.org/1");
        assertThat(service.of(List.of(id))).containsOnlyKeys(id);
        assertThat(wakeUps).hasValue(2);
    }

    @Test
    void fetchingNowStartsAFailedPageOver() {
        long id = store("1", "https://news.org/1");
        service.fetchNow(OWNER, id);
        database.fullText().recordFailure(id, new PageFailure("timeout", "no answer", null), NOW, null);

        var again = service.fetchNow(OWNER, id);

        assertThat(again.status()).isEqualTo(FullTextStatus.PENDING);
        assertThat(again.attempts()).isZero();
        assertThat(again.error()).isNull();
    }

    @Test
    void anEntryWithoutAWebPageCannotBeFetched() {
        long id = store("1", "mailto:desk@news.org");

        assertFailsWith(INVALID, () -> service.fetchNow(OWNER, id)).hasMessage("entry " + id + " links to no web page to fetch");
        assertFailsWith(NOT_FOUND, () -> service.fetchNow(OWNER, 404));
        assertThat(wakeUps).hasValue(0);
    }

    private long subscribedFeed() {
        long id = database.feeds().findOrCreate("https://news.org/feed", FeedRepository.REMOTE);
        database.feeds().subscribe(OWNER, id, null, null);
        return id;
    }

    private long store(String guid, String link) {
        Entry entry = Entry.builder().guid(guid).title("Story " + guid).link(link).summary("<p>Short.</p>").build();
        return database.entries().upsert(feed, List.of(entry), NOW).inserted().getFirst();
    }
}
