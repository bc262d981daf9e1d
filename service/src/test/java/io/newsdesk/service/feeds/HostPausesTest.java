package io.newsdesk.service.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.service.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HostPausesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final HostPauses pauses = new HostPauses(clock, Duration.ofHours(24));

    @Test
    void tooManyRequestsPausesTheWholeHostForTheTimeAskedOrAMinute() {
        assertThat(pauses.learnFrom(failed("https://News.Example/a", 429, Duration.ofMinutes(5))))
                .isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(pauses.pausedUntil("http://news.example:8080/other")).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(pauses.pausedUntil("https://elsewhere.example/a")).isNull();

        assertThat(pauses.learnFrom(failed("https://quiet.example/a", 429, null)))
                .isEqualTo(NOW.plus(HostPauses.DEFAULT_PAUSE));
    }

    @Test
    void unavailablePausesTheHostOnlyWhenItSaysForHowLong() {
        assertThat(pauses.learnFrom(failed("https://news.example/a", 503, null))).isNull();
        assertThat(pauses.pausedUntil("https://news.example/a")).isNull();

        assertThat(pauses.learnFrom(failed("https://news.example/a", 503, Duration.ofSeconds(90))))
                .isEqualTo(NOW.plusSeconds(90));
    }

    @Test
    void otherAnswersPauseNothing() {
        assertThat(pauses.learnFrom(failed("https://news.example/a", 500, Duration.ofMinutes(5)))).isNull();
        assertThat(pauses.learnFrom(failed("https://news.example/a", null, null))).isNull();
        assertThat(pauses.learnFrom(new RefreshOutcome(1, "https://news.example/a", RefreshOutcome.Status.UPDATED,
                1, 0, null, NOW.plusSeconds(600), 200, null))).isNull();
        assertThat(pauses.pausedUntil("https://news.example/a")).isNull();
    }

    @Test
    void theLongerPauseWinsAndNoneLastsLongerThanTheCap() {
        pauses.learnFrom(failed("https://news.example/a", 429, Duration.ofMinutes(30)));
        pauses.learnFrom(failed("https://news.example/b", 429, Duration.ofMinutes(5)));
        assertThat(pauses.pausedUntil("https://news.example/")).isEqualTo(NOW.plus(Duration.ofMinutes(30)));

        pauses.learnFrom(failed("https://news.example/c", 503, Duration.ofDays(365)));
        assertThat(pauses.pausedUntil("https://news.example/")).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void aPauseEndsWhenItsTimeHasCome() {
        pauses.learnFrom(failed("https://news.example/a", 429, Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(5));

        assertThat(pauses.pausedUntil("https://news.example/a")).isNull();
    }

    private static RefreshOutcome failed(String url, Integer status, Duration retryAfter) {
        return new RefreshOutcome(1, url, RefreshOutcome.Status.FAILED, 0, 0, "HTTP " + status, NOW.plusSeconds(600),
                status, retryAfter);
    }
}
