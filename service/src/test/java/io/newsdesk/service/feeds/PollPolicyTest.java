package io.newsdesk.service.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PollPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Duration MIN = Duration.ofMinutes(10);
    private static final Duration MAX = Duration.ofHours(24);
    private static final Duration SEVEN_DAYS = Duration.ofDays(7);

    /** nextDouble() of 0.5: the jitter factor is exactly 1. */
    private static final RandomGenerator NO_JITTER = () -> Long.MIN_VALUE;

    private final PollPolicy policy = new PollPolicy(MIN, MAX, NO_JITTER);

    @Property
    void activityIntervalStaysWithinTheBounds(
            @ForAll("publicationTimes") List<Instant> published,
            @ForAll @LongRange(min = 0, max = 60L * 24 * 60) long publisherMinutes) {
        Duration publisherMinimum = publisherMinutes == 0 ? null : Duration.ofMinutes(publisherMinutes);

        Duration interval = policy.intervalAfterSuccess(published, publisherMinimum, NOW);

        assertThat(interval).isBetween(MIN, MAX);
    }

    @Property
    void moreRecentEntriesNeverLengthenTheInterval(
            @ForAll("publicationTimes") List<Instant> published, @ForAll @IntRange(min = 0, max = 6 * 24) int hoursAgo) {
        List<Instant> busier = new ArrayList<>(published);
        busier.add(NOW.minus(Duration.ofHours(hoursAgo)));

        assertThat(policy.intervalAfterSuccess(busier, null, NOW))
                .isLessThanOrEqualTo(policy.intervalAfterSuccess(published, null, NOW));
    }

    @Example
    void intervalIsTheWeekDividedByTheEntriesOfTheWeek() {
        List<Instant> hourly = new ArrayList<>();
        List<Instant> twicePerDay = new ArrayList<>();
        for (int i = 0; i < 24 * 7; i++) {
            hourly.add(NOW.minus(Duration.ofHours(i)));
            if (i % 12 == 0) {
                twicePerDay.add(NOW.minus(Duration.ofHours(i)));
            }
        }

        assertThat(policy.intervalAfterSuccess(hourly, null, NOW)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.intervalAfterSuccess(twicePerDay, null, NOW)).isEqualTo(Duration.ofHours(12));
    }

    @Example
    void quietOrUndatedFeedsAreCheckedAtTheLongestInterval() {
        List<Instant> old = List.of(NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(8)));
        List<Instant> future = List.of(NOW.plus(Duration.ofDays(1)));
        List<Instant> undated = new ArrayList<>();
        undated.add(null);

        assertThat(policy.intervalAfterSuccess(old, null, NOW)).isEqualTo(MAX);
        assertThat(policy.intervalAfterSuccess(future, null, NOW)).isEqualTo(MAX);
        assertThat(policy.intervalAfterSuccess(undated, null, NOW)).isEqualTo(MAX);
        assertThat(policy.intervalAfterSuccess(List.of(), null, NOW)).isEqualTo(MAX);
    }

    @Example
    void activityNeverGoesBelowTheShortestInterval() {
        List<Instant> flood = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            flood.add(NOW.minusSeconds(i));
        }

        assertThat(policy.intervalAfterSuccess(flood, null, NOW)).isEqualTo(MIN);
    }

    @Property
    void publisherMinimumOnlyLengthens(
            @ForAll("publicationTimes") List<Instant> published,
            @ForAll @LongRange(min = 1, max = 60L * 24 * 60) long publisherMinutes) {
        Duration publisherMinimum = Duration.ofMinutes(publisherMinutes);
        Duration own = policy.intervalAfterSuccess(published, null, NOW);

        Duration withHint = policy.intervalAfterSuccess(published, publisherMinimum, NOW);

        assertThat(withHint).isGreaterThanOrEqualTo(own);
        Duration expected = publisherMinimum.compareTo(own) > 0 ? publisherMinimum : own;
        assertThat(withHint).isEqualTo(expected.compareTo(MAX) > 0 ? MAX : expected);
    }

    @Property
    void notModifiedKeepsTheRhythmUnlessThePublisherAsksForMore(
            @ForAll @LongRange(min = 10, max = 24 * 60) long currentMinutes,
            @ForAll @LongRange(min = 0, max = 3 * 24 * 60) long publisherMinutes) {
        Duration current = Duration.ofMinutes(currentMinutes);
        Duration publisherMinimum = publisherMinutes == 0 ? null : Duration.ofMinutes(publisherMinutes);

        Duration interval = policy.intervalAfterNotModified(current, publisherMinimum);

        Duration expected = publisherMinimum != null && publisherMinimum.compareTo(current) > 0 ? publisherMinimum : current;
        assertThat(interval).isEqualTo(expected.compareTo(MAX) > 0 ? MAX : expected);
        assertThat(policy.intervalAfterNotModified(null, null)).isEqualTo(MAX);
    }

    @Property
    void backoffDoublesFromTheShortestIntervalUpToTheLongest(@ForAll @IntRange(min = 1, max = 1_000) int errors) {
        Duration wait = policy.backoff(errors, null);
        Duration next = policy.backoff(errors + 1, null);

        assertThat(policy.backoff(1, null)).isEqualTo(MIN);
        Duration doubled = wait.multipliedBy(2);
        assertThat(next).isEqualTo(doubled.compareTo(MAX) > 0 ? MAX : doubled);
        assertThat(wait).isBetween(MIN, MAX);
    }

    @Example
    void backoffReachesTheCapAfterAFewFailures() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9).stream().map(n -> policy.backoff(n, null)).toList())
                .containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(40),
                        Duration.ofMinutes(80), Duration.ofMinutes(160), Duration.ofMinutes(320),
                        Duration.ofMinutes(640), Duration.ofMinutes(1280), MAX);
        assertThat(policy.backoff(Integer.MAX_VALUE, null)).isEqualTo(MAX);
    }

    @Property
    void retryAfterIsHonouredUpToSevenDays(
            @ForAll @IntRange(min = 1, max = 40) int errors,
            @ForAll @LongRange(min = 0, max = 30L * 24 * 3600) long retryAfterSeconds) {
        Duration retryAfter = Duration.ofSeconds(retryAfterSeconds);
        Duration own = policy.backoff(errors, null);

        Duration wait = policy.backoff(errors, retryAfter);

        Duration honoured = retryAfter.compareTo(SEVEN_DAYS) > 0 ? SEVEN_DAYS : retryAfter;
        assertThat(wait).isEqualTo(honoured.compareTo(own) > 0 ? honoured : own);
    }

    @Property
    void jitterStaysWithinTenPercent(
            @ForAll long seed, @ForAll @LongRange(min = 10, max = 7L * 24 * 60) long intervalMinutes) {
        Duration interval = Duration.ofMinutes(intervalMinutes);
        PollPolicy seeded = new PollPolicy(MIN, MAX, new SplittableRandom(seed));

        Duration wait = Duration.between(NOW, seeded.nextCheck(NOW, interval, null));

        assertThat(wait.toMillis()).isBetween(Math.round(interval.toMillis() * 0.9), Math.round(interval.toMillis() * 1.1));
    }

    @Property
    void jitterNeverMakesAVisitEarlierThanThePublisherAsked(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int errors,
            @ForAll @LongRange(min = 0, max = 30L * 24 * 3600) long retryAfterSeconds) {
        PollPolicy seeded = new PollPolicy(MIN, MAX, new SplittableRandom(seed));
        Duration retryAfter = Duration.ofSeconds(retryAfterSeconds);
        Duration wait = seeded.backoff(errors, retryAfter);

        Duration actual = Duration.between(NOW, seeded.nextCheck(NOW, wait, retryAfter));

        Duration honoured = retryAfter.compareTo(SEVEN_DAYS) > 0 ? SEVEN_DAYS : retryAfter;
        assertThat(actual).isGreaterThanOrEqualTo(honoured).isGreaterThanOrEqualTo(MIN);
        assertThat(actual.toMillis()).isLessThanOrEqualTo(Math.round(wait.toMillis() * 1.1));
    }

    @Provide
    Arbitrary<List<Instant>> publicationTimes() {
        // From a month ago to a day ahead (clock skew), seconds apart.
        return Arbitraries.longs()
                .between(-30L * 24 * 3600, 24 * 3600)
                .map(NOW::plusSeconds)
                .list()
                .ofMaxSize(300);
    }
}
