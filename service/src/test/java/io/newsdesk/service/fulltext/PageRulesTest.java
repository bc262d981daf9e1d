package io.newsdesk.service.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small rules around reading pages: which names are reserved, when to retry, how many at once. */
class PageRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @ParameterizedTest
    @CsvSource({"https://harbour.example/a, true", "http://news.test/, true", "https://x.invalid/, true",
        "https://example.com/a, true", "https://www.example.org/a, true", "https://HARBOUR.EXAMPLE./a, true",
        "https://example.news/a, false", "https://notexample.com/, false", "http://127.0.0.1:8080/, false",
        "not a url, false"})
    void reservedExampleNamesAreKnown(String url, boolean reserved) {
        assertThat(ReservedNames.isReserved(url)).isEqualTo(reserved);
    }

    @Test
    void passingFailuresAreRetriedThreeTimesWithGrowingWaits() {
        PageProblem timeout = PageProblem.of(FailureKind.TIMEOUT, "no answer");

        assertThat(RetrySchedule.nextAttempt(timeout, 1, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(RetrySchedule.nextAttempt(timeout, 2, NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(RetrySchedule.nextAttempt(timeout, 3, NOW)).isEqualTo(NOW.plus(Duration.ofHours(6)));
        assertThat(RetrySchedule.nextAttempt(timeout, 4, NOW)).isNull();
    }

    @Test
    void aServersRetryAfterIsHonouredWithinADay() {
        PageProblem busy = new PageProblem(FailureKind.HTTP_ERROR, "HTTP 503", 503, Duration.ofHours(3));
        PageProblem greedy = new PageProblem(FailureKind.HTTP_ERROR, "HTTP 429", 429, Duration.ofDays(30));

        assertThat(RetrySchedule.nextAttempt(busy, 1, NOW)).isEqualTo(NOW.plus(Duration.ofHours(3)));
        assertThat(RetrySchedule.nextAttempt(greedy, 1, NOW)).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @ParameterizedTest
    @CsvSource({"404, true", "408, true", "429, true", "500, true", "503, true", "401, false", "403, false",
        "410, false", "451, false"})
    void whichHttpErrorsAreWorthAnotherTry(int status, boolean retryable) {
        assertThat(new PageProblem(FailureKind.HTTP_ERROR, "HTTP " + status, status, null).retryable()).isEqualTo(retryable);
    }

    @Test
    void failuresOfThePageItselfAreNotRetried() {
        for (FailureKind kind : new FailureKind[] {FailureKind.TOO_LARGE, FailureKind.NOT_HTML, FailureKind.NOT_ARTICLE,
            FailureKind.EMPTY, FailureKind.TOO_MANY_REDIRECTS, FailureKind.ADDRESS_REFUSED, FailureKind.INVALID_URL}) {
            assertThat(RetrySchedule.nextAttempt(PageProblem.of(kind, "no"), 1, NOW)).as(kind.code()).isNull();
        }
    }

    @Test
    void pagesTakeHalfTheGlobalSlotsAndLeaveOnePerHostForPolling() {
        WorkBounds bounds = WorkBounds.within(8, 2);

        assertThat(bounds.tryTake("a")).isTrue();
        assertThat(bounds.tryTake("a")).as("second read from one host").isFalse();
        assertThat(bounds.tryTake("b")).isTrue();
        assertThat(bounds.tryTake("c")).isTrue();
        assertThat(bounds.tryTake("d")).isTrue();
        assertThat(bounds.full()).isTrue();
        assertThat(bounds.tryTake("e")).isFalse();

        bounds.release("a");

        assertThat(bounds.full()).isFalse();
        assertThat(bounds.running()).isEqualTo(3);
        assertThat(bounds.tryTake("a")).isTrue();
    }

    @Test
    void withTheSmallestSharedBoundsPagesStillGetOneSlot() {
        WorkBounds bounds = WorkBounds.within(1, 1);

        assertThat(bounds.tryTake("a")).isTrue();
        assertThat(bounds.full()).isTrue();
    }
}
