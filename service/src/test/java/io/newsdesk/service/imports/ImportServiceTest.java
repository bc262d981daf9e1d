package io.newsdesk.service.imports;

import static io.newsdesk.service.NewsdeskException.Kind.INVALID;
import static io.newsdesk.service.testing.Feeds.item;
import static io.newsdesk.service.testing.NewsdeskAssertions.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.DatePrecision;
import io.newsdesk.domain.Feed;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.parse.DocumentKind;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.testing.DemoResources;
import io.newsdesk.service.testing.Feeds;
import io.newsdesk.service.testing.MutableClock;
import io.newsdesk.service.testing.SharedCorpora;
import io.newsdesk.service.testing.TestNewsdesk;
import io.newsdesk.store.FeedSummary;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdesk import}: files in, entries stored in local feeds. */
class ImportServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final long USER = Newsdesk.OWNER;
    private static final Path TEASER = SharedCorpora.path("samples/aggregator-teaser.txt");

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private final MutableClock clock = new MutableClock(NOW);
    private Newsdesk newsdesk;
    private ImportService imports;

    @BeforeEach
    void setUp() {
        newsdesk = TestNewsdesk.open(dataDir, clock);
        imports = newsdesk.imports();
    }

    @AfterEach
    void tearDown() {
        newsdesk.close();
    }

    @Test
    void storesTheTeaserSampleAsOneEntry() {
        List<ImportedFile> results = imports.importFiles(USER, List.of(TEASER), ProgressListener.NONE);

        ImportedFile result = results.getFirst();
        assertThat(result.failed()).isFalse();
        assertThat(result.kind()).isEqualTo(DocumentKind.TEXT);
        assertThat(result.inserted()).isEqualTo(1);
        StoredEntry stored = newsdesk.entries().get(USER, result.entryIds().getFirst());
        assertThat(stored.feedTitle()).isEqualTo("Imported articles");
        assertThat(stored.read()).isFalse();
        assertThat(stored.entry().title()).isEqualTo("Russian and North Korean defense chiefs hold historic talks");
        assertThat(stored.entry().count()).isEqualTo(28);
        assertThat(stored.entry().published()).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(stored.entry().publishedPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(stored.entry().dek()).startsWith("Sergey Shoigu has said");
        assertThat(stored.entry().teaser()).isTrue();
        assertThat(stored.entry().content()).doesNotContain("Read Entire Article");
        Feed feed = newsdesk.feeds().get(USER, result.feedId()).feed();
        assertThat(feed.local()).isTrue();
        assertThat(feed.url()).isEqualTo("local:imported");
    }

    @Test
    void storesArticlePagesWithTheirMetadata() {
        List<ImportedFile> results = imports.importFiles(USER, List.of(
                DemoResources.path("pages/harbour-times-port-strike-ends.html"),
                DemoResources.path("pages/touchline-cup-final-report.html")), ProgressListener.NONE);

        assertThat(results).allSatisfy(result -> {
            assertThat(result.kind()).isEqualTo(DocumentKind.HTML);
            assertThat(result.inserted()).isEqualTo(1);
        });
        assertThat(results).extracting(ImportedFile::feedId).containsOnly(results.getFirst().feedId());
        StoredEntry touchline = newsdesk.entries().get(USER, results.get(1).entryIds().getFirst());
        assertThat(touchline.entry().title()).isEqualTo("Varga strikes late as Fennick Rovers stun Athletic to win Lennmark Cup");
        assertThat(touchline.entry().authors()).containsExactly("Nadia Fenwick");
        assertThat(touchline.entry().published()).isEqualTo(Instant.parse("2026-11-14T17:55:00Z"));
        assertThat(touchline.entry().source().name()).isEqualTo("Touchline Daily");
    }

    @Test
    void aFeedDocumentGetsALocalFeedOfItsOwn() {
        List<ImportedFile> results = imports.importFiles(USER, List.of(
                DemoResources.path("feeds/harbour-times.xml"),
                DemoResources.path("feeds/fieldnote.json"),
                TEASER), ProgressListener.NONE);

        assertThat(results).extracting(ImportedFile::kind)
                .containsExactly(DocumentKind.FEED, DocumentKind.FEED, DocumentKind.TEXT);
        assertThat(results).extracting(ImportedFile::feedId).doesNotHaveDuplicates();
        FeedSummary harbour = newsdesk.feeds().get(USER, results.getFirst().feedId());
        assertThat(harbour.feed().title()).isEqualTo("The Harbour Times");
        assertThat(harbour.feed().local()).isTrue();
        assertThat(harbour.feed().url()).isEqualTo("local:feed:https://harbourtimes.example/rss/news.xml");
        assertThat(harbour.total()).isEqualTo(results.getFirst().inserted()).isGreaterThan(1);
    }

    @Test
    void feedsOfOneSiteStayApart() {
        // Neither names its own URL; both link to the same home page.
        byte[] news = Feeds.rss("Harbour Times: News", item("n", "Port strike ends", NOW, "Deal.")).getBytes(StandardCharsets.UTF_8);
        byte[] sport = Feeds.rss("Harbour Times: Sport", item("s", "Cup final", NOW, "Goal.")).getBytes(StandardCharsets.UTF_8);

        ImportedFile first = imports.importDocument(USER, "news.xml", news, null);
        ImportedFile second = imports.importDocument(USER, "sport.xml", sport, null);
        ImportedFile again = imports.importDocument(USER, "news-copy.xml", news, null);

        assertThat(second.feedId()).isNotEqualTo(first.feedId());
        assertThat(again.feedId()).isEqualTo(first.feedId());
        assertThat(newsdesk.feeds().list(USER)).extracting(summary -> summary.feed().title())
                .containsExactly("Harbour Times: News", "Harbour Times: Sport");
    }

    @Test
    void importingTheSameFilesAgainStoresNothingTwice() {
        List<Path> both = List.of(TEASER, DemoResources.path("pages/harbour-times-port-strike-ends.html"),
                DemoResources.path("feeds/valley-courier.xml"));
        List<ImportedFile> first = imports.importFiles(USER, both, ProgressListener.NONE);

        List<ImportedFile> second = imports.importFiles(USER, both, ProgressListener.NONE);

        assertThat(second).allSatisfy(result -> {
            assertThat(result.inserted()).isZero();
            assertThat(result.updated()).isZero();
        });
        assertThat(second).extracting(ImportedFile::entryIds)
                .containsExactlyElementsOf(first.stream().map(ImportedFile::entryIds).toList());
        int stored = newsdesk.feeds().list(USER).stream().mapToInt(FeedSummary::total).sum();
        assertThat(stored).isEqualTo(first.stream().mapToInt(ImportedFile::inserted).sum());
    }

    @Test
    void aBadFileIsReportedAndTheOthersAreImported() throws IOException {
        Path opml = Files.writeString(files.resolve("feeds.opml"),
                "<opml version=\"2.0\"><body><outline text=\"A\" xmlUrl=\"https://a.example/rss\"/></body></opml>");
        Path junk = Files.write(files.resolve("junk.bin"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0});
        Path empty = Files.createFile(files.resolve("empty.txt"));
        Path huge = files.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(Documents.MAX_FILE_BYTES + 1);
        }
        Path missing = files.resolve("missing.html");
        List<String> progress = new CopyOnWriteArrayList<>();

        List<ImportedFile> results = imports.importFiles(USER, List.of(opml, junk, TEASER, empty, huge, missing),
                (done, total, item) -> progress.add(done + "/" + total + " " + item));

        assertThat(results).extracting(ImportedFile::failed).containsExactly(true, true, false, true, true, true);
        assertThat(results.get(0).error()).contains("OPML").contains("newsdesk opml import");
        assertThat(results.get(1).error()).isEqualTo("junk.bin is neither a feed, an HTML page nor text");
        assertThat(results.get(3).error()).isEqualTo("empty.txt is empty");
        assertThat(results.get(4).error()).contains("larger than 50 MiB");
        assertThat(results.get(5).error()).isEqualTo("no such file: " + missing);
        assertThat(progress).containsExactly("0/6 null", "1/6 feeds.opml", "2/6 junk.bin",
                "3/6 aggregator-teaser.txt", "4/6 empty.txt", "5/6 huge.txt", "6/6 missing.html");
        assertThat(newsdesk.feeds().list(USER)).singleElement().extracting(FeedSummary::total).isEqualTo(1);
    }

    @Test
    void refusesOpmlAndJunkWhenImportingOneDocument() {
        byte[] opml = "<opml version=\"2.0\"><body><outline xmlUrl=\"https://a.example/rss\"/></body></opml>".getBytes();

        assertFailsWith(INVALID, () -> imports.importDocument(USER, "subs.opml", opml, null))
                .hasMessage("subs.opml is an OPML subscription list: import it with `newsdesk opml import`");
        assertFailsWith(INVALID, () -> imports.importDocument(USER, "blank", new byte[0], null))
                .hasMessage("blank is empty");
        assertThat(newsdesk.feeds().list(USER)).isEmpty();
    }

    @Test
    void importedEntriesAreSearchableOnceIndexed() {
        imports.importFiles(USER, List.of(TEASER), ProgressListener.NONE);

        assertThat(newsdesk.syncIndex(ProgressListener.NONE)).isEqualTo(1);

        assertThat(newsdesk.search().search(USER, "Shoigu Pyongyang", null, 10, 0).results())
                .singleElement()
                .satisfies(result -> assertThat(result.titleHtml()).contains("North Korean"));
    }
}
