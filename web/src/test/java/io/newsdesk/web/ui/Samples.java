package io.newsdesk.web.ui;

import io.newsdesk.domain.DatePrecision;
import io.newsdesk.domain.Enclosure;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.Feed;
import io.newsdesk.domain.FeedFormat;
import io.newsdesk.domain.PollState;
import io.newsdesk.domain.Source;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.store.FullText;
import io.newsdesk.store.FullTextStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Sample domain objects and page models, including hostile input, for the tests. */
final class Samples {

    static final Instant NOW = Instant.parse("2026-11-28T14:05:00Z");
    static final TimeContext TIME = new TimeContext(NOW, ZoneId.of("Europe/Berlin"));
    static final String CSRF = "csrf-token-123";
    static final String HOSTILE_TITLE = "<script>alert(1)</script>";

    private Samples() {}

    static Layout layout(Nav nav) {
        return new Layout("Unread", 12, CSRF, null, nav, null);
    }

    static Entry.Builder entry() {
        return Entry.builder()
                .guid("urn:example:1")
                .title("Council approves new tram line")
                .link("https://news.example/tram")
                .published(NOW.minus(Duration.ofHours(3)))
                .author("Ann Lee")
                .summary("<p>The council voted 31 to 12 for the line.</p><p>Construction starts in spring.</p>")
                .content("<p>The council voted <strong>31 to 12</strong> for the line.</p>");
    }

    static StoredEntry stored(long id, Entry entry, boolean read, boolean starred) {
        return new StoredEntry(id, 7, "City Desk", entry, read, starred, NOW.minus(Duration.ofHours(2)), NOW);
    }

    static StoredEntry hostile(long id) {
        return stored(id, entry()
                .title(HOSTILE_TITLE)
                .link("javascript:alert(2)")
                .dek("Dek with <b>tags</b> & \"quotes\"")
                .source(new Source("<img src=x onerror=alert(3)>", "javascript:alert(4)"))
                .category("\" onmouseover=\"alert(5)")
                .language("en\" onclick=\"alert(6)")
                .imageUrl("javascript:alert(7)")
                .enclosure(new Enclosure("javascript:alert(8)", "audio/mpeg", 10L))
                .build(), false, false);
    }

    static StoredEntry aggregatorTeaser(long id) {
        return stored(id, Entry.builder()
                .title("Chip maker posts record quarter")
                .link("https://wire.example/chips")
                .published(Instant.parse("2025-12-15T00:00:00Z"), DatePrecision.MONTH)
                .dek("Revenue rose on demand for AI accelerators.")
                .source(new Source("The Wire", "https://wire.example/"))
                .teaser(true)
                .count(28)
                .build(), false, true);
    }

    static EntryListPage unreadList(List<StoredEntry> entries, long total, boolean hasFeeds) {
        List<EntryCard> cards = entries.stream().map(e -> EntryCard.from(e, TIME)).toList();
        return EntryListPage.of(layout(Nav.UNREAD), EntryListKind.UNREAD, cards, new Paging(0, 2, total), hasFeeds);
    }

    static ArticlePage articlePage(StoredEntry stored) {
        return articlePage(stored, null);
    }

    static ArticlePage articlePage(StoredEntry stored, FullText fullText) {
        return new ArticlePage(layout(Nav.NONE), ArticleView.from(stored, fullText, TIME), 41L, 43L, "/");
    }

    /** The article fetched from an entry's page. */
    static FullText fetchedText(long entryId) {
        return new FullText(entryId, FullTextStatus.FETCHED, "https://wire.example/chips",
                "https://www.wire.example/news/chips", "<p>The whole story of the <strong>record</strong> quarter.</p>",
                "The whole story of the record quarter.", List.of("Rosa Kettering"), "https://cdn.wire.example/chips.jpg",
                Instant.parse("2025-12-15T08:00:00Z"), null, NOW.minus(Duration.ofMinutes(5)),
                NOW.minus(Duration.ofMinutes(5)), 200, null, null, 0, null);
    }

    /** A page Newsdesk gave up on, with a message that carries markup. */
    static FullText failedText(long entryId) {
        return new FullText(entryId, FullTextStatus.FAILED, "https://wire.example/chips", null, null, null, List.of(),
                null, null, null, null, NOW.minus(Duration.ofMinutes(5)), 200, "not_html",
                "the page is <b>image/png</b>, not HTML", 1, null);
    }

    static Feed feed(long id, String title, PollState poll, boolean local) {
        return new Feed(id, "https://site.example/" + id + "/feed.xml", title, "https://site.example/", null,
                "News", FeedFormat.RSS20, local, poll, NOW.minus(Duration.ofDays(30)));
    }

    static PollState healthy() {
        return new PollState(NOW.minus(Duration.ofMinutes(5)), NOW.plus(Duration.ofMinutes(25)),
                Duration.ofMinutes(30), 0, null, 200, "\"etag\"", null, false);
    }

    static PollState failing() {
        return new PollState(NOW.minus(Duration.ofMinutes(10)), NOW.plus(Duration.ofHours(2)),
                Duration.ofHours(2), 3, "HTTP 404 Not Found from https://site.example/feed.xml", 404, null, null, false);
    }

    static PollState disabled() {
        return new PollState(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)),
                Duration.ofDays(1), 1, "410 Gone: the feed was removed", 410, null, null, true);
    }

    static FeedsPage feedsPage() {
        List<FeedRow> rows = List.of(
                FeedRow.from(feed(1, "City Desk", healthy(), false), 3, 40, TIME),
                FeedRow.from(feed(2, HOSTILE_TITLE, failing(), false), 0, 12, TIME),
                FeedRow.from(feed(3, "Old Blog", disabled(), false), 0, 5, TIME),
                FeedRow.from(feed(4, "Imported pages", null, true), 1, 1, TIME));
        return new FeedsPage(layout(Nav.FEEDS), rows, AddFeedForm.empty());
    }

    static SearchPage searchPage() {
        List<SearchResultRow> rows = List.of(
                SearchResultRow.of(5, "Council approves new <mark>tram</mark> line",
                        "&lt;b&gt; The <mark>tram</mark> runs every 10 minutes", "City Desk",
                        NOW.minus(Duration.ofDays(2)), DatePrecision.SECOND, TIME),
                SearchResultRow.of(6, "", null, null, null, null, TIME));
        return new SearchPage(new Layout("Search", 12, CSRF, null, Nav.NONE, "tram"), "tram", rows, new Paging(0, 2, 3));
    }

    static ErrorPage errorPage() {
        return ErrorPage.of(layout(Nav.NONE), 404, null);
    }

    /** One of every page, with hostile input where the page shows any, for checks across pages. */
    static List<String> everyPageHtml() {
        return List.of(
                Templates.render("pages/entries.jte", unreadList(List.of(hostile(1), aggregatorTeaser(2)), 5, true)),
                Templates.render("pages/entries.jte", unreadList(List.of(), 0, false)),
                Templates.render("pages/article.jte", articlePage(hostile(42))),
                Templates.render("pages/article.jte", articlePage(stored(43, entry()
                        .enclosure(new Enclosure("https://cdn.example/ep1.mp3", "audio/mpeg", 61_000_000L))
                        .enclosure(new Enclosure("https://cdn.example/clip.webm", null, null))
                        .imageUrl("https://cdn.example/lead.jpg")
                        .category("Transport")
                        .build(), true, true))),
                Templates.render("pages/article.jte", articlePage(aggregatorTeaser(44), fetchedText(44))),
                Templates.render("pages/article.jte", articlePage(aggregatorTeaser(45), failedText(45))),
                Templates.render("pages/feeds.jte", feedsPage()),
                Templates.render("pages/feeds.jte", new FeedsPage(layout(Nav.FEEDS), List.of(),
                        AddFeedForm.rejected("htp://bad", HOSTILE_TITLE, "This is not a web address: use http:// or https://."))),
                Templates.render("pages/search.jte", searchPage()),
                Templates.render("pages/search.jte", SearchPage.blank(layout(Nav.NONE), 20)),
                Templates.render("pages/error.jte", errorPage()));
    }
}
