package io.newsdesk.service.search;

import static io.newsdesk.service.NewsdeskException.Kind.INVALID;
import static io.newsdesk.service.NewsdeskException.Kind.NOT_FOUND;
import static io.newsdesk.service.testing.Feeds.item;
import static io.newsdesk.service.testing.NewsdeskAssertions.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.testing.Feeds;
import io.newsdesk.service.testing.MutableClock;
import io.newsdesk.service.testing.TestNewsdesk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final long USER = Newsdesk.OWNER;

    @TempDir
    Path dataDir;

    private Newsdesk newsdesk;
    private SearchService search;
    private long feedId;

    @BeforeEach
    void setUp() {
        newsdesk = TestNewsdesk.open(dataDir, new MutableClock(NOW));
        search = newsdesk.search();
        List<Feeds.Item> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(item("storm-" + i, "Storm Idris update " + i, NOW.minus(Duration.ofHours(i)), "Wind and rain, part " + i + "."));
        }
        items.add(item("strike", "Port strike ends", NOW, "The dockers return."));
        feedId = newsdesk.imports().importDocument(USER, "harbour.xml",
                Feeds.rss("Harbour", 0, items).getBytes(StandardCharsets.UTF_8), null).feedId();
        newsdesk.syncIndex(ProgressListener.NONE);
    }

    @AfterEach
    void tearDown() {
        newsdesk.close();
    }

    @Test
    void findsHighlightedMatchesAndPagesThroughThem() {
        SearchService.ResultPage first = search.search(USER, "idris", null, 5, 0);
        SearchService.ResultPage rest = search.search(USER, "idris", feedId, 10, 5);

        assertThat(first.total()).isEqualTo(12);
        assertThat(first.results()).hasSize(5).allSatisfy(result -> {
            assertThat(result.titleHtml()).contains("<mark>Idris</mark>");
            assertThat(result.entry().feedId()).isEqualTo(feedId);
        });
        assertThat(rest.results()).hasSize(7);
        assertThat(first.results().stream().map(result -> result.entry().id()))
                .doesNotContainAnyElementsOf(rest.results().stream().map(result -> result.entry().id()).toList());
        assertThat(search.search(USER, "dockers", null, 5, 0).results()).singleElement()
                .satisfies(result -> assertThat(result.snippetHtml()).contains("<mark>dockers</mark>"));
    }

    @Test
    void refusesEmptyQueriesBadPagingAndOtherPeoplesFeeds() {
        assertFailsWith(INVALID, () -> search.search(USER, "  ", null, 10, 0)).hasMessage("the search query is empty");
        assertFailsWith(INVALID, () -> search.search(USER, null, null, 10, 0));
        assertFailsWith(INVALID, () -> search.search(USER, "idris", null, 0, 0)).hasMessageContaining("limit");
        assertFailsWith(INVALID, () -> search.search(USER, "idris", null, 501, 0)).hasMessageContaining("limit");
        assertFailsWith(INVALID, () -> search.search(USER, "idris", null, 10, -1)).hasMessageContaining("offset");
        assertFailsWith(INVALID, () -> search.search(USER, "idris", null, 500, 9_600)).hasMessageContaining("refine");
        assertFailsWith(NOT_FOUND, () -> search.search(USER, "idris", feedId + 1, 10, 0)).hasMessage("no feed " + (feedId + 1));
    }

    @Test
    void oddQueriesAreSearchedAsWords() {
        assertThat(search.search(USER, "idris AND (", null, 50, 0).results()).isNotEmpty();
        assertThat(search.search(USER, "-", null, 50, 0).results()).isEmpty();
    }
}
