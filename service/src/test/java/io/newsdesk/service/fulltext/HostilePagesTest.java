package io.newsdesk.service.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import io.newsdesk.fetch.FetchSettings;
import io.newsdesk.service.testing.RawHttpServer;
import io.newsdesk.store.Dialect;
import io.newsdesk.store.FullText;
import io.newsdesk.store.FullTextMode;
import io.newsdesk.store.FullTextStatus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pages no publisher should serve: each ends, in bounded time and memory, in a clear status on the
 * entry, and the pages of other sites are read all the same.
 */
class HostilePagesTest {

    private static final long FIFTY_MEGABYTES = 50L * 1024 * 1024;
    private static final int FOUR_MEGABYTES = 4 * 1024 * 1024;

    private final RawHttpServer site = RawHttpServer.start("127.0.0.1");
    private FullTextRig rig;
    private long feed;

    @BeforeEach
    void start() {
        useRig(FullTextRig.quick().build());
    }

    private void useRig(FetchSettings settings) {
        if (rig != null) {
            rig.close();
        }
        rig = FullTextRig.start(Dialect.SQLITE, settings);
        feed = rig.feed(site.url("/feed.xml"), FullTextMode.ON);
    }

    @AfterEach
    void tearDown() throws IOException {
        rig.close();
        site.close();
    }

    private FullText read(String path) {
        return rig.awaitAttempted(rig.teaser(feed, path, site.url(path)));
    }

    @Test
    void aFiftyMegabytePageStopsAtTheSizeCapAndIsNeverHeldWhole() {
        useRig(FullTextRig.quick().maxBodyBytes(FOUR_MEGABYTES).build());
        site.route("/huge", out -> {
            RawHttpServer.head(out, "200 OK", "Content-Type: text/html\r\nContent-Length: " + FIFTY_MEGABYTES + "\r\n");
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            out.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
            for (long sent = 0; sent < FIFTY_MEGABYTES; sent += chunk.length) {
                out.write(chunk);
            }
        });
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getTotalThreadAllocatedBytes();

        FullText text = read("/huge");

        long allocated = threads.getTotalThreadAllocatedBytes() - allocatedBefore;
        assertThat(allocatedBefore).as("the JVM measures allocation").isNotNegative();
        assertThat(text.status()).isEqualTo(FullTextStatus.FAILED);
        assertThat(text.errorCode()).isEqualTo("too_large");
        assertThat(text.error()).contains("4 MiB");
        assertThat(site.bytesWritten("/huge")).as("the reader hung up near the cap").isLessThan(FIFTY_MEGABYTES / 2);
        // Collecting up to the cap allocates about twice the cap; holding the page would take more than the page.
        assertThat(allocated).as("bytes allocated while the page was read").isLessThan(FIFTY_MEGABYTES / 2);
    }

    @Test
    void tenThousandNestedElementsAreReadLikeAnyOtherPage() {
        String open = "<div>".repeat(10_000);
        String close = "</div>".repeat(10_000);
        StringBuilder paragraphs = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            paragraphs.append(ArticlePages.paragraph(i));
        }
        site.page("/deep", "<!DOCTYPE html><html><head><title>Deep</title></head><body>" + open + paragraphs + close
                + "</body></html>");

        FullText text = read("/deep");

        assertThat(text.status()).isEqualTo(FullTextStatus.FETCHED);
        assertThat(text.text()).contains("Paragraph 1:").contains("Paragraph 12:");
    }

    @Test
    void aCharsetTheHeaderGetsWrongStillGivesTheArticle() {
        byte[] utf8 = ArticlePages.article("Café reopens in Zürich", "Zoë Müller", 6).getBytes(StandardCharsets.UTF_8);
        site.route("/lying", RawHttpServer.complete("200 OK", "Content-Type: text/html; charset=iso-8859-1\r\n", utf8));

        FullText text = read("/lying");

        assertThat(text.status()).isEqualTo(FullTextStatus.FETCHED);
        assertThat(text.text()).contains("Paragraph 6:").contains(ArticlePages.PAGE_ONLY_WORD);
    }

    @Test
    void anUnreadableCharsetFallsBackToThePagesOwnDeclaration() {
        byte[] utf8 = ArticlePages.article("Café reopens in Zürich", "Zoë Müller", 6).getBytes(StandardCharsets.UTF_8);
        site.route("/broken", RawHttpServer.complete("200 OK", "Content-Type: text/html; charset=\"no-such-charset\r\n", utf8));

        FullText text = read("/broken");

        assertThat(text.status()).isEqualTo(FullTextStatus.FETCHED);
        assertThat(text.byline()).containsExactly("Zoë Müller");
    }

    @Test
    void binaryDataIsNotHtmlWhateverItsLabel() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        site.route("/image", RawHttpServer.complete("200 OK", "Content-Type: text/html\r\n", png));

        FullText text = read("/image");

        assertThat(text.status()).isEqualTo(FullTextStatus.FAILED);
        assertThat(text.errorCode()).isEqualTo("not_html");
        assertThat(text.error()).contains("binary");
        assertThat(text.httpStatus()).isEqualTo(200);
    }

    @Test
    void aDocumentOfAnotherTypeIsNotHtml() {
        site.route("/report.pdf", RawHttpServer.complete("200 OK", "Content-Type: application/pdf\r\n",
                "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII)));

        FullText text = read("/report.pdf");

        assertThat(text.status()).isEqualTo(FullTextStatus.FAILED);
        assertThat(text.errorCode()).isEqualTo("not_html");
        assertThat(text.error()).contains("application/pdf").doesNotEndWith(".");
    }

    @Test
    void htmlSentAsOctetStreamIsReadByItsContent() {
        site.route("/mislabelled", RawHttpServer.complete("200 OK", "Content-Type: application/octet-stream\r\n",
                ArticlePages.article("Mislabelled", "Ann Lee", 6).getBytes(StandardCharsets.UTF_8)));

        assertThat(read("/mislabelled").status()).isEqualTo(FullTextStatus.FETCHED);
    }

    @Test
    void aRedirectLoopEndsAtTheRedirectLimit() {
        site.route("/loop", RawHttpServer.complete("302 Found", "Location: /loop\r\n", new byte[0]));

        FullText text = read("/loop");

        assertThat(text.status()).isEqualTo(FullTextStatus.FAILED);
        assertThat(text.errorCode()).isEqualTo("too_many_redirects");
        assertThat(site.requests("/loop")).isLessThanOrEqualTo(1 + FetchSettings.defaults().maxRedirects());
    }

    @Test
    void aPageThatNeverFinishesTimesOutAndOtherSitesAreReadMeanwhile() throws IOException {
        site.route("/trickle", out -> {
            RawHttpServer.head(out, "200 OK", "Content-Type: text/html\r\nContent-Length: 1000000\r\n");
            // A byte now and then keeps the connection from going idle; only the total timeout ends it.
            for (int i = 0; i < 10_000; i++) {
                out.write('<');
                out.flush();
                Thread.sleep(300);
            }
        });
        try (RawHttpServer otherSite = RawHttpServer.start("127.0.0.2")) {
            otherSite.page("/fine", ArticlePages.article("Meanwhile elsewhere", "Bo Chan", 6));
            long slow = rig.teaser(feed, "slow", site.url("/trickle"));
            long fine = rig.teaser(feed, "fine", otherSite.url("/fine"));

            assertThat(rig.awaitAttempted(fine).status()).isEqualTo(FullTextStatus.FETCHED);
            FullText text = rig.awaitAttempted(slow);

            assertThat(text.status()).isEqualTo(FullTextStatus.RETRYING);
            assertThat(text.errorCode()).isEqualTo("timeout");
            assertThat(text.error()).isNotBlank();
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        site.route("/silent", out -> site.awaitClosing());

        FullText text = read("/silent");

        assertThat(text.status()).isEqualTo(FullTextStatus.RETRYING);
        assertThat(text.errorCode()).isEqualTo("timeout");
    }

    @Test
    void aSectionFrontIsNotAnArticle() {
        site.page("/news", ArticlePages.sectionFront());

        FullText text = read("/news");

        assertThat(text.status()).isEqualTo(FullTextStatus.FAILED);
        assertThat(text.errorCode()).isEqualTo("not_article");
    }

    @Test
    void anEmptyPageSaysSo() {
        site.route("/empty", RawHttpServer.complete("200 OK", "Content-Type: text/html\r\n", new byte[0]));

        FullText text = read("/empty");

        assertThat(text.status()).isEqualTo(FullTextStatus.FAILED);
        assertThat(text.errorCode()).isEqualTo("empty");
    }

    @Test
    void aPageOnAPrivateAddressIsRefusedUnlessAllowed() {
        useRig(FullTextRig.quick().allowPrivateNetworks(false).build());
        site.page("/news/1", ArticlePages.article("Private", "Ann Lee", 6));

        FullText text = read("/news/1");

        assertThat(text.status()).isEqualTo(FullTextStatus.FAILED);
        assertThat(text.errorCode()).isEqualTo("address_refused");
        assertThat(site.requests("/news/1")).isZero();
    }

    @Test
    void aLinkToAReservedExampleDomainIsNeverFetched() {
        long id = rig.teaser(feed, "example", "https://harbour.example/news/1");

        FullText text = rig.awaitAttempted(id);

        assertThat(text.status()).isEqualTo(FullTextStatus.FAILED);
        assertThat(text.errorCode()).isEqualTo("invalid_url");
        assertThat(text.error()).contains("reserved");
    }
}
