package io.newsdesk.service.imports;

import static io.newsdesk.service.NewsdeskException.Kind.INVALID;
import static io.newsdesk.service.testing.NewsdeskAssertions.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.DatePrecision;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.FeedFormat;
import io.newsdesk.extract.ArticleExtractor;
import io.newsdesk.parse.DocumentKind;
import io.newsdesk.service.testing.DemoResources;
import io.newsdesk.service.testing.SharedCorpora;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading single documents without storing them: what {@code parse} and {@code extract} print. */
class DocumentsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private final Documents documents = new Documents(new ArticleExtractor(), Clock.fixed(NOW, ZoneOffset.UTC));

    @TempDir
    Path folder;

    @Test
    void readsAggregatorTeaserText() {
        Extracted extracted = documents.extract(
                Documents.read(SharedCorpora.path("samples/aggregator-teaser.txt")), null, null);

        Entry entry = extracted.entry();
        assertThat(extracted.kind()).isEqualTo(DocumentKind.TEXT);
        assertThat(extracted.article()).isNull();
        assertThat(entry.title()).isEqualTo("Russian and North Korean defense chiefs hold historic talks");
        assertThat(entry.count()).isEqualTo(28);
        // Eleven months before 20 November 2026, known to the month.
        assertThat(entry.published()).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(entry.publishedPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(entry.dek()).isEqualTo(
                "Sergey Shoigu has said he is certain his visit will strengthen military ties between the two countries");
        assertThat(entry.teaser()).isTrue();
        assertThat(entry.content())
                .startsWith("<p>Russian Defense Minister Sergey Shoigu has held talks")
                .contains("Vedant Patel")
                .doesNotContain("Read Entire Article")
                .doesNotContain("11 months ago");
    }

    @Test
    void extractsTheDemoArticlePages() {
        Entry harbour = documents.extract(
                Documents.read(DemoResources.path("pages/harbour-times-port-strike-ends.html")), null, null).entry();
        Extracted touchline = documents.extract(
                Documents.read(DemoResources.path("pages/touchline-cup-final-report.html")), null, null);

        assertThat(harbour.title()).isEqualTo("Port Carrow strike ends after dockers and operator agree two-year pay deal");
        assertThat(harbour.authors()).containsExactly("Daniel Amadi");
        assertThat(harbour.published()).isEqualTo(Instant.parse("2026-11-18T10:20:00Z"));
        assertThat(harbour.source().name()).isEqualTo("The Harbour Times");
        assertThat(harbour.source().url()).isEqualTo("https://harbourtimes.example/");
        assertThat(harbour.link()).isEqualTo("https://harbourtimes.example/news/2026/11/18/port-carrow-strike-ends-pay-deal");
        assertThat(harbour.guid()).isEqualTo(harbour.link());
        assertThat(harbour.content()).contains("<p>");

        assertThat(touchline.kind()).isEqualTo(DocumentKind.HTML);
        assertThat(touchline.article().isArticle()).isTrue();
        assertThat(touchline.entry().title()).isEqualTo("Varga strikes late as Fennick Rovers stun Athletic to win Lennmark Cup");
        assertThat(touchline.entry().authors()).containsExactly("Nadia Fenwick");
        assertThat(touchline.entry().published()).isEqualTo(Instant.parse("2026-11-14T17:55:00Z"));
        assertThat(touchline.entry().source().name()).isEqualTo("Touchline Daily");
    }

    @Test
    void parsesFeedDocuments() {
        FeedDocument document = documents.parseFeed(
                Documents.read(DemoResources.path("feeds/harbour-times.xml")), null, null);

        assertThat(document.format()).isEqualTo(FeedFormat.RSS20);
        assertThat(document.title()).isEqualTo("The Harbour Times");
        assertThat(document.entries()).isNotEmpty().allSatisfy(entry -> assertThat(entry.title()).isNotBlank());
    }

    @Test
    void refusesWhatIsNeitherAPageNorText() {
        byte[] feed = bytes("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title></channel></rss>");
        byte[] opml = bytes("<opml version=\"2.0\"><body><outline xmlUrl=\"https://a.example/\"/></body></opml>");
        byte[] binary = {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 7};

        assertFailsWith(INVALID, () -> documents.extract(feed, null, null)).hasMessageContaining("a feed");
        assertFailsWith(INVALID, () -> documents.extract(opml, null, null)).hasMessageContaining("OPML");
        assertFailsWith(INVALID, () -> documents.extract(binary, null, null)).hasMessageContaining("binary");
        assertFailsWith(INVALID, () -> documents.extract(new byte[0], null, null)).hasMessage("the document is empty");
        assertFailsWith(INVALID, () -> documents.parseFeed(bytes("plain words"), null, null)).hasMessageContaining("not a feed");
    }

    @Test
    void refusesFilesItCannotRead() throws IOException {
        Path huge = folder.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            // Sparse: the size is over the cap without writing 50 MiB.
            file.setLength(Documents.MAX_FILE_BYTES + 1);
        }
        Path missing = folder.resolve("missing.txt");

        assertFailsWith(INVALID, () -> Documents.read(huge)).hasMessage(huge + " is larger than 50 MiB");
        assertFailsWith(INVALID, () -> Documents.read(missing)).hasMessage("no such file: " + missing);
        assertFailsWith(INVALID, () -> Documents.read(folder)).hasMessage(folder + " is a folder, not a file");
        Files.writeString(missing, "now it exists");
        assertThat(Documents.read(missing)).isEqualTo(bytes("now it exists"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
