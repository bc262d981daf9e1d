package io.newsdesk.service.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.extract.ArticleExtractor;
import io.newsdesk.service.feeds.HostLimits;
import io.newsdesk.service.testing.Await;
import io.newsdesk.service.testing.RawHttpServer;
import io.newsdesk.store.Dialect;
import io.newsdesk.store.FullText;
import io.newsdesk.store.FullTextJob;
import io.newsdesk.store.FullTextMode;
import io.newsdesk.store.FullTextStatus;
import io.newsdesk.store.IndexableEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The worker fetches queued pages, stores their articles beside the teasers, and records why when it cannot. */
class FullTextWorkerTest {

    private final RawHttpServer site = RawHttpServer.start("127.0.0.1");
    private FullTextRig rig;

    @AfterEach
    void tearDown() throws IOException {
        if (rig != null) {
            rig.close();
        }
        site.close();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void storesTheArticleBesideTheTeaserAndHandsItToTheSearchIndex(Dialect dialect) {
        rig = FullTextRig.start(dialect, FullTextRig.quick().build());
        site.page("/news/strike", ArticlePages.article("Port strike ends", "Ann Lee", 8));
        long feed = rig.feed(site.url("/feed.xml"), FullTextMode.ON);

        long id = rig.teaser(feed, "strike", site.url("/news/strike"));
        FullText text = rig.awaitAttempted(id);

        assertThat(text.status()).isEqualTo(FullTextStatus.FETCHED);
        assertThat(text.text()).contains(ArticlePages.PAGE_ONLY_WORD).contains("Paragraph 8").doesNotContain("Share");
        assertThat(text.html()).startsWith("<").contains("Paragraph 1").doesNotContain("<script");
        assertThat(text.byline()).containsExactly("Ann Lee");
        assertThat(text.leadImage()).isEqualTo(site.url("/images/lead.jpg"));
        assertThat(text.published()).isEqualTo(Instant.parse("2026-11-19T08:30:00Z"));
        assertThat(text.siteName()).isEqualTo("Harbour Times");
        assertThat(text.finalUrl()).isEqualTo(site.url("/news/strike"));
        assertThat(text.httpStatus()).isEqualTo(200);
        assertThat(text.fetchedAt()).isNotNull();
        assertThat(text.error()).isNull();
        assertThat(text.nextAttemptAt()).isNull();
        assertThat(rig.database.entries().find(FullTextRig.OWNER, id)).hasValueSatisfying(stored -> {
            assertThat(stored.entry().summary()).isEqualTo("<p>The start of story strike…</p>");
            assertThat(stored.entry().content()).isNull();
        });
        assertThat(rig.database.entries().pendingIndex(10)).singleElement()
                .extracting(IndexableEntry::fullText).asString().contains(ArticlePages.PAGE_ONLY_WORD);
        assertThat(rig.stored).hasValue(1);
        assertThat(site.requests("/news/strike")).isEqualTo(1);
    }

    @Test
    void followsRedirectsAndRecordsWhereThePageWasFound() {
        rig = FullTextRig.start();
        site.route("/s/1", RawHttpServer.complete("301 Moved Permanently", "Location: /news/moved\r\n", new byte[0]));
        site.page("/news/moved", ArticlePages.article("Moved story", "Bo Chan", 6));

        long id = rig.teaser(rig.feed(site.url("/feed.xml"), FullTextMode.ON), "1", site.url("/s/1"));

        FullText text = rig.awaitAttempted(id);
        assertThat(text.status()).isEqualTo(FullTextStatus.FETCHED);
        assertThat(text.pageUrl()).isEqualTo(site.url("/s/1"));
        assertThat(text.finalUrl()).isEqualTo(site.url("/news/moved"));
    }

    @Test
    void aMissingPageIsTriedAgainLaterAndSaysWhy() {
        rig = FullTextRig.start();
        long id = rig.teaser(rig.feed(site.url("/feed.xml"), FullTextMode.ON), "1", site.url("/not-yet"));

        FullText text = rig.awaitAttempted(id);

        assertThat(text.status()).isEqualTo(FullTextStatus.RETRYING);
        assertThat(text.errorCode()).isEqualTo("http_error");
        assertThat(text.error()).isEqualTo("HTTP 404 Not Found");
        assertThat(text.httpStatus()).isEqualTo(404);
        assertThat(text.attempts()).isEqualTo(1);
        assertThat(text.nextAttemptAt()).isEqualTo(text.attemptedAt().plus(Duration.ofMinutes(10)));
    }

    @Test
    void aPageThatIsGoneIsGivenUpAtOnce() {
        rig = FullTextRig.start();
        site.route("/gone", RawHttpServer.complete("410 Gone", "", new byte[0]));

        FullText text = rig.awaitAttempted(rig.teaser(rig.feed(site.url("/f"), FullTextMode.ON), "1", site.url("/gone")));

        assertThat(text.status()).isEqualTo(FullTextStatus.FAILED);
        assertThat(text.error()).isEqualTo("HTTP 410 Gone");
        assertThat(text.nextAttemptAt()).isNull();
    }

    @Test
    void tooManyRequestsPausesTheWholeHostAsPollingDoes() {
        rig = FullTextRig.start();
        site.route("/busy", RawHttpServer.complete("429 Too Many Requests", "Retry-After: 7200\r\n", new byte[0]));

        FullText text = rig.awaitAttempted(rig.teaser(rig.feed(site.url("/f"), FullTextMode.ON), "1", site.url("/busy")));

        assertThat(text.status()).isEqualTo(FullTextStatus.RETRYING);
        assertThat(text.nextAttemptAt()).isEqualTo(text.attemptedAt().plus(Duration.ofHours(2)));
        assertThat(rig.pauses.pausedUntil(site.url("/feed.xml"))).isAfter(Instant.now().plus(Duration.ofMinutes(100)));
    }

    @Test
    void pagesOfAHostThatAskedForAPauseWaitWithoutAnAttempt() {
        rig = FullTextRig.start();
        // The database keeps milliseconds.
        Instant until = rig.pauses.learnFrom(site.url("/"), 429, Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        long feed = rig.feed(site.url("/f"), FullTextMode.ON);

        long id = rig.teaser(feed, "1", site.url("/news/1"));

        Await.until("the page is put off until the pause ends", () -> rig.database.fullText().find(id)
                .map(text -> until.equals(text.nextAttemptAt()))
                .orElse(false));
        assertThat(rig.database.fullText().find(id)).hasValueSatisfying(text -> {
            assertThat(text.status()).isEqualTo(FullTextStatus.PENDING);
            assertThat(text.attempts()).isZero();
        });
        assertThat(site.requests("/news/1")).isZero();
    }

    @Test
    void pagesQueuedBeforeARestartAreFetchedAfterIt() {
        rig = FullTextRig.open(Dialect.SQLITE, FullTextRig.quick().build(), new HostLimits(8, 2));
        site.page("/news/1", ArticlePages.article("Queued before the restart", "Ann Lee", 6));
        long id = rig.teaser(rig.feed(site.url("/f"), FullTextMode.ON), "1", site.url("/news/1"));
        assertThat(rig.database.fullText().find(id).orElseThrow().status()).isEqualTo(FullTextStatus.PENDING);

        try (FullTextWorker restarted = new FullTextWorker(rig.database, rig.fetcher, new ArticleExtractor(),
                rig.limits, rig.pauses, Clock.systemUTC(), () -> { })) {
            restarted.start();
            assertThat(rig.awaitAttempted(id).status()).isEqualTo(FullTextStatus.FETCHED);
        }
    }

    @Test
    void aPageTakenByAWorkerThatDiedComesBackWhenItsLeaseEnds() {
        rig = FullTextRig.open(Dialect.SQLITE, FullTextRig.quick().build(), new HostLimits(8, 2));
        site.page("/news/1", ArticlePages.article("Taken and dropped", "Ann Lee", 6));
        long id = rig.teaser(rig.feed(site.url("/f"), FullTextMode.ON), "1", site.url("/news/1"));
        FullTextJob job = rig.database.fullText().due(Instant.now(), 1).getFirst();
        assertThat(rig.database.fullText().claim(job, Instant.now().plusSeconds(1))).isTrue();

        try (FullTextWorker next = new FullTextWorker(rig.database, rig.fetcher, new ArticleExtractor(),
                rig.limits, rig.pauses, Clock.systemUTC(), () -> { })) {
            next.start();
            assertThat(rig.awaitAttempted(id).status()).isEqualTo(FullTextStatus.FETCHED);
        }
    }

    @Test
    void readingPagesLeavesPollingASlotOnEveryHostAndHalfTheGlobalOnes() throws Exception {
        HostLimits limits = new HostLimits(4, 2);
        rig = FullTextRig.start(Dialect.SQLITE, FullTextRig.quick().idleTimeout(Duration.ofMinutes(2))
                .totalTimeout(Duration.ofMinutes(2)).build(), limits);
        RawHttpServer otherSite = RawHttpServer.start("127.0.0.2");
        try (otherSite) {
            RawHttpServer.Responder stalled = out -> {
                RawHttpServer.head(out, "200 OK", "Content-Type: text/html\r\nContent-Length: 100000\r\n");
                out.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                site.awaitClosing();
            };
            IntStream.range(0, 4).forEach(i -> {
                site.route("/slow/" + i, stalled);
                otherSite.route("/slow/" + i, stalled);
            });
            long feed = rig.feed(site.url("/f"), FullTextMode.ON);
            IntStream.range(0, 4).forEach(i -> {
                rig.teaser(feed, "a" + i, site.url("/slow/" + i));
                rig.teaser(feed, "b" + i, otherSite.url("/slow/" + i));
            });

            Await.until("two pages are being read", () -> requestsStarted(site) + requestsStarted(otherSite) == 2);

            assertThat(requestsStarted(site)).isEqualTo(1);
            assertThat(requestsStarted(otherSite)).isEqualTo(1);
            HostLimits.Reservation reservation = limits.tryReserve();
            assertThat(reservation).as("a global slot is free for polling").isNotNull();
            HostLimits.Slot slot = reservation.claim(HostLimits.hostOf(site.url("/")));
            assertThat(slot).as("a slot on the busy host is free for polling").isNotNull();
            slot.close();
        } finally {
            site.close();
        }
    }

    private static long requestsStarted(RawHttpServer server) {
        return IntStream.range(0, 4).mapToLong(i -> server.requests("/slow/" + i)).sum();
    }

    @Test
    void theWorkerStopsPromptlyWithReadsInFlightAndRecordsNothingForThem() throws Exception {
        rig = FullTextRig.start(Dialect.SQLITE, FullTextRig.quick().idleTimeout(Duration.ofMinutes(2))
                .totalTimeout(Duration.ofMinutes(2)).build());
        site.route("/slow", out -> {
            RawHttpServer.head(out, "200 OK", "Content-Type: text/html\r\nContent-Length: 100000\r\n");
            site.awaitClosing();
        });
        long id = rig.teaser(rig.feed(site.url("/f"), FullTextMode.ON), "1", site.url("/slow"));
        Await.until("the page is being read", () -> site.requests("/slow") == 1);

        rig.worker.close();

        FullText text = rig.database.fullText().find(id).orElseThrow();
        assertThat(text.status()).isEqualTo(FullTextStatus.PENDING);
        assertThat(text.attemptedAt()).isNull();
        assertThat(text.nextAttemptAt()).as("leased, so it comes back after a restart").isAfter(Instant.now());
        assertThat(text.attempts()).isZero();
    }
}
