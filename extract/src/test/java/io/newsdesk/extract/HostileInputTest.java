package io.newsdesk.extract;

import static io.newsdesk.extract.Pages.page;
import static io.newsdesk.extract.Pages.prose;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pages built to hurt: huge, deeply nested, with broken or lying charsets, binary, or not HTML at
 * all. Each gives a clear status or a graceful, marked result, never an exception.
 */
class HostileInputTest {

    private static final String URL = "https://news.example/2026/11/28/storm";
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final String ARTICLE = "<article><h1>Storm hits the coast</h1>"
            + prose("The storm reached the coast on Friday night") + prose("Rescue teams worked")
            + prose("The harbour master said") + "</article>";

    @Test
    void aFiftyMegabytePageIsReadOnlyUpToTheCapAndSaysSo() {
        byte[] start = page("<title>Storm hits the coast</title>", ARTICLE + "<div class=more>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] filler = "<div class=teaser><a href=/x>Another story you may like</a></div>\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] huge = Arrays.copyOf(start, 50 * 1024 * 1024);
        for (int at = start.length; at < huge.length; at += filler.length) {
            System.arraycopy(filler, 0, huge, at, Math.min(filler.length, huge.length - at));
        }

        Extraction extraction = EXTRACTOR.extractDetailed(huge, "text/html; charset=utf-8", URL);

        assertThat(extraction.truncated()).isTrue();
        assertThat(extraction.detail()).contains("too large to read whole");
        assertThat(extraction.status()).isNotEqualTo(ExtractionStatus.FAILED);
        assertThat(extraction.article().title()).isEqualTo("Storm hits the coast");
        assertThat(extraction.article().text()).startsWith("The storm reached the coast on Friday night");
    }

    @Test
    void aPageWhoseMarkupExceedsTheCapAfterPruningIsCutAndSaysSo() {
        String filler = "<p>filler words " + "x".repeat(80) + "</p>";
        String html = page("<title>Storm hits the coast</title>", ARTICLE
                + filler.repeat(MarkupPruner.MAX_KEPT_CHARS / filler.length() + 10));

        Extraction extraction = EXTRACTOR.extractDetailed(html, URL);

        assertThat(extraction.truncated()).isTrue();
        assertThat(extraction.detail()).contains("only its beginning was read");
        assertThat(extraction.article().title()).isEqualTo("Storm hits the coast");
    }

    @Test
    void tenThousandLevelsOfNestingAreReadAsBrowsersReadThem() {
        String html = page("<title>Storm hits the coast</title>",
                "<div>".repeat(10_000) + ARTICLE + "</div>".repeat(10_000));

        Extraction extraction = EXTRACTOR.extractDetailed(html.getBytes(StandardCharsets.UTF_8),
                "text/html", URL);

        assertThat(extraction.status()).isEqualTo(ExtractionStatus.ARTICLE);
        assertThat(extraction.article().text()).contains("Rescue teams worked");
    }

    @Test
    void aLyingUtf8DeclarationOnAWindows1252PageIsOverruled() {
        byte[] body = page("<meta charset=utf-8>", ARTICLE + prose("Café crème – “quoted”"))
                .getBytes(Charset.forName("windows-1252"));

        Extraction extraction = EXTRACTOR.extractDetailed(body, "text/html; charset=UTF-8", URL);

        assertThat(extraction.article().text()).contains("Café crème – “quoted”");
        assertThat(extraction.status()).isEqualTo(ExtractionStatus.ARTICLE);
    }

    @Test
    void aUtf8PageDeclaredAsLatin1OrUtf16IsReadAsUtf8() {
        byte[] body = page("", ARTICLE + prose("Grüße aus Köln")).getBytes(StandardCharsets.UTF_8);

        assertThat(EXTRACTOR.extract(body, "text/html; charset=iso-8859-1", URL).text())
                .contains("Grüße aus Köln");
        assertThat(EXTRACTOR.extract(body, "text/html; charset=utf-16", URL).text())
                .contains("Grüße aus Köln");
    }

    @Test
    void aBrokenCharsetNameFallsBackToTheBytes() {
        byte[] body = page("<meta charset='&#0;'>", ARTICLE + prose("Grüße"))
                .getBytes(Charset.forName("windows-1252"));

        assertThat(EXTRACTOR.extract(body, "text/html; charset=\"no-such;;\u0000", URL).text())
                .contains("Grüße");
    }

    @Test
    void binaryGarbageServedAsHtmlIsNotHtml() {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);

        Extraction extraction = EXTRACTOR.extractDetailed(garbage, "text/html", URL);

        assertThat(extraction.status()).isEqualTo(ExtractionStatus.NOT_HTML);
        assertThat(extraction.detail()).isEqualTo("The content is binary data, not an HTML page.");
        assertThat(extraction.article().text()).isEmpty();
    }

    @Test
    void aPdfIsNotHtmlWhateverItIsServedAs() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n</Root>"
                .getBytes(StandardCharsets.ISO_8859_1);

        Extraction declared = EXTRACTOR.extractDetailed(pdf, "application/pdf", URL);
        Extraction lying = EXTRACTOR.extractDetailed(pdf, "text/html", URL);

        assertThat(declared.status()).isEqualTo(ExtractionStatus.NOT_HTML);
        assertThat(declared.detail()).isEqualTo("The content is application/pdf, not an HTML page.");
        assertThat(lying.status()).isEqualTo(ExtractionStatus.NOT_HTML);
        assertThat(lying.detail()).isEqualTo("The content is a PDF document, not an HTML page.");
    }

    @Test
    void jsonIsNotHtmlWhateverItIsServedAs() {
        byte[] json = "{\"headline\": \"Storm\", \"body\": \"<p>The storm reached the coast.</p>\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(EXTRACTOR.extractDetailed(json, "application/json", URL).status())
                .isEqualTo(ExtractionStatus.NOT_HTML);
        Extraction lying = EXTRACTOR.extractDetailed(json, "text/html", URL);
        assertThat(lying.status()).isEqualTo(ExtractionStatus.NOT_HTML);
        assertThat(lying.detail()).isEqualTo("The content is JSON, not an HTML page.");
    }

    @Test
    void anEmptyBodyIsNotHtml() {
        assertThat(EXTRACTOR.extractDetailed(new byte[0], "text/html", URL).detail())
                .isEqualTo("The page is empty.");
        assertThat(EXTRACTOR.extractDetailed(" \n ", URL).status())
                .isEqualTo(ExtractionStatus.NOT_HTML);
    }
}
