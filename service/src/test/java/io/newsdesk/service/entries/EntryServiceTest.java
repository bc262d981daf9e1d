package io.newsdesk.service.entries;

import static io.newsdesk.service.NewsdeskException.Kind.INVALID;
import static io.newsdesk.service.NewsdeskException.Kind.NOT_FOUND;
import static io.newsdesk.service.testing.Feeds.item;
import static io.newsdesk.service.testing.NewsdeskAssertions.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.entries.EntryService.Filter;
import io.newsdesk.service.imports.ImportedFile;
import io.newsdesk.service.testing.Feeds;
import io.newsdesk.service.testing.MutableClock;
import io.newsdesk.service.testing.TestNewsdesk;
import io.newsdesk.store.Page;
import io.newsdesk.store.ReadFilter;
import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Listing entries and their reading state, for one user at a time, on both databases. */
class EntryServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final long USER = Newsdesk.OWNER;

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(NOW);
    private Newsdesk newsdesk;
    private EntryService entries;
    private long harbour;
    private long ledger;

    @AfterEach
    void tearDown() {
        if (newsdesk != null) {
            newsdesk.close();
        }
    }

    @DatabaseTest
    void filtersByFeedStatusStarredAndText(TestDatabase database) {
        open(database);
        List<Long> harbourIds = ids(harbour);
        entries.update(USER, harbourIds.get(0), true, true);
        entries.update(USER, harbourIds.get(1), true, null);

        assertThat(titles(new Filter(null, null, null, null, 50, 0)))
                .containsExactly("Ferries cancelled", "Storm Idris reaches the coast", "Insurers count the cost of Idris",
                        "Port strike ends", "Markets calm");
        assertThat(titles(new Filter(harbour, ReadFilter.ALL, null, null, 50, 0)))
                .containsExactly("Ferries cancelled", "Storm Idris reaches the coast", "Port strike ends");
        assertThat(titles(new Filter(harbour, ReadFilter.UNREAD, null, null, 50, 0))).containsExactly("Port strike ends");
        assertThat(titles(new Filter(null, ReadFilter.READ, null, null, 50, 0)))
                .containsExactly("Ferries cancelled", "Storm Idris reaches the coast");
        assertThat(titles(new Filter(null, null, true, null, 50, 0))).containsExactly("Ferries cancelled");
        assertThat(titles(new Filter(null, null, false, null, 50, 0))).hasSize(4);
        assertThat(titles(new Filter(null, null, null, "idris", 50, 0)))
                .containsExactly("Storm Idris reaches the coast", "Insurers count the cost of Idris");
        assertThat(titles(new Filter(ledger, null, null, "idris", 50, 0))).containsExactly("Insurers count the cost of Idris");
        assertThat(titles(new Filter(null, ReadFilter.UNREAD, null, "idris", 50, 0)))
                .containsExactly("Insurers count the cost of Idris");
        assertThat(entries.list(USER, new Filter(null, null, null, "no such words", 50, 0)).total()).isZero();
    }

    @DatabaseTest
    void pagesNewestFirstWithTheTotal(TestDatabase database) {
        open(database);

        Page<StoredEntry> first = entries.list(USER, new Filter(null, null, null, null, 2, 0));
        Page<StoredEntry> second = entries.list(USER, new Filter(null, null, null, null, 2, 2));
        Page<StoredEntry> last = entries.list(USER, new Filter(null, null, null, null, 2, 4));
        Page<StoredEntry> beyond = entries.list(USER, new Filter(null, null, null, null, 2, 10));

        assertThat(List.of(first.total(), second.total(), last.total(), beyond.total())).containsOnly(5L);
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(2);
        assertThat(last.items()).hasSize(1);
        assertThat(beyond.items()).isEmpty();
        List<Instant> published = Stream.of(first, second, last)
                .flatMap(page -> page.items().stream())
                .map(stored -> stored.entry().published())
                .toList();
        assertThat(published).isSortedAccordingTo(Comparator.reverseOrder()).doesNotHaveDuplicates();
    }

    @DatabaseTest
    void refusesBadPagingAndUnknownThings(TestDatabase database) {
        open(database);

        assertFailsWith(INVALID, () -> entries.list(USER, new Filter(null, null, null, null, 0, 0)))
                .hasMessage("limit must be between 1 and 500, not 0");
        assertFailsWith(INVALID, () -> entries.list(USER, new Filter(null, null, null, null, 501, 0)))
                .hasMessage("limit must be between 1 and 500, not 501");
        assertFailsWith(INVALID, () -> entries.list(USER, new Filter(null, null, null, null, 20, -1)))
                .hasMessage("offset must not be negative, not -1");
        assertThat(entries.list(USER, new Filter(null, null, null, null, 500, 0)).items()).hasSize(5);
        assertFailsWith(NOT_FOUND, () -> entries.list(USER, new Filter(9_999L, null, null, null, 20, 0)))
                .hasMessage("no feed 9999");
        assertFailsWith(NOT_FOUND, () -> entries.get(USER, 9_999)).hasMessage("no entry 9999");
        assertFailsWith(NOT_FOUND, () -> entries.update(USER, 9_999, true, null)).hasMessage("no entry 9999");
        assertFailsWith(NOT_FOUND, () -> entries.markFeedRead(USER, 9_999)).hasMessage("no feed 9999");
    }

    @DatabaseTest
    void changesReadAndStarredState(TestDatabase database) {
        open(database);
        long id = ids(harbour).getFirst();

        StoredEntry starred = entries.update(USER, id, null, true);
        StoredEntry read = entries.update(USER, id, true, null);
        StoredEntry unstarred = entries.update(USER, id, null, false);

        assertThat(starred.starred()).isTrue();
        assertThat(starred.read()).isFalse();
        assertThat(read.read()).isTrue();
        assertThat(read.starred()).isTrue();
        assertThat(unstarred.starred()).isFalse();
        assertThat(unstarred.read()).isTrue();
        assertThat(entries.markFeedRead(USER, harbour)).isEqualTo(2);
        assertThat(entries.list(USER, new Filter(harbour, ReadFilter.UNREAD, null, null, 50, 0)).total()).isZero();
        assertThat(entries.setRead(USER, ids(harbour), false)).isEqualTo(3);
    }

    @DatabaseTest
    void anotherUserSeesNoneOfTheOwnersFeedsEntriesOrState(TestDatabase database) {
        open(database);
        long other = database.addUser("second");
        List<Long> ownersIds = ids(harbour);
        entries.update(USER, ownersIds.getFirst(), true, true);

        assertThat(newsdesk.feeds().list(other)).isEmpty();
        assertThat(entries.list(other, new Filter(null, null, null, null, 50, 0)).total()).isZero();
        assertThat(entries.list(other, new Filter(null, null, null, "idris", 50, 0)).total()).isZero();
        assertThat(newsdesk.search().search(other, "idris", null, 10, 0).results()).isEmpty();
        assertFailsWith(NOT_FOUND, () -> entries.get(other, ownersIds.getFirst()));
        assertFailsWith(NOT_FOUND, () -> entries.update(other, ownersIds.getFirst(), false, false));
        assertFailsWith(NOT_FOUND, () -> entries.list(other, new Filter(harbour, null, null, null, 50, 0)));
        assertFailsWith(NOT_FOUND, () -> newsdesk.feeds().get(other, harbour));
        assertFailsWith(NOT_FOUND, () -> newsdesk.feeds().remove(other, harbour));
        assertFailsWith(NOT_FOUND, () -> newsdesk.search().search(other, "idris", harbour, 10, 0));
        assertThat(entries.setRead(other, ownersIds, false)).isZero();
        assertThat(entries.get(USER, ownersIds.getFirst()).read()).isTrue();

        // Subscribed to the same feed, the second user shares its entries but not the owner's state.
        importHarbour(other);

        assertThat(ids(other, harbour)).containsExactlyElementsOf(ownersIds);
        StoredEntry seenByOther = entries.get(other, ownersIds.getFirst());
        assertThat(seenByOther.read()).isFalse();
        assertThat(seenByOther.starred()).isFalse();
        assertThat(newsdesk.feeds().list(other)).singleElement().satisfies(summary -> {
            assertThat(summary.unread()).isEqualTo(3);
            assertThat(summary.total()).isEqualTo(3);
        });
        assertThat(entries.get(USER, ownersIds.getFirst()).starred()).isTrue();
    }

    private void open(TestDatabase database) {
        newsdesk = TestNewsdesk.open(dataDir, database, clock);
        entries = newsdesk.entries();
        harbour = importHarbour(USER);
        ledger = importFeed(USER, "ledger.xml", Feeds.rss("Meridian Ledger",
                item("ledger-1", "Markets calm", NOW.minus(Duration.ofHours(9)), "Calm."),
                item("ledger-2", "Insurers count the cost of Idris", NOW.minus(Duration.ofHours(4)), "Costly.")));
        newsdesk.syncIndex(ProgressListener.NONE);
    }

    private long importHarbour(long user) {
        return importFeed(user, "harbour.xml", Feeds.rss("Harbour Times",
                item("harbour-1", "Port strike ends", NOW.minus(Duration.ofHours(6)), "Deal."),
                item("harbour-2", "Storm Idris reaches the coast", NOW.minus(Duration.ofHours(3)), "Wind."),
                item("harbour-3", "Ferries cancelled", NOW.minus(Duration.ofHours(1)), "Cancelled.")));
    }

    private long importFeed(long user, String name, String rss) {
        ImportedFile file = newsdesk.imports().importDocument(user, name, rss.getBytes(StandardCharsets.UTF_8), null);
        return file.feedId();
    }

    private List<Long> ids(long feedId) {
        return ids(USER, feedId);
    }

    private List<Long> ids(long user, long feedId) {
        return entries.list(user, new Filter(feedId, null, null, null, 50, 0)).items().stream().map(StoredEntry::id).toList();
    }

    private List<String> titles(Filter filter) {
        return entries.list(USER, filter).items().stream().map(stored -> stored.entry().title()).toList();
    }
}
