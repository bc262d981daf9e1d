package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.newsdesk.domain.DatePrecision;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeTimeTest {

    private static final Instant NOW = Instant.parse("2026-11-28T14:05:00Z");

    @ParameterizedTest(name = "{0} before now reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            PT0S        | just now
            PT59S       | just now
            PT1M        | 1 minute ago
            PT5M30S     | 5 minutes ago
            PT59M59S    | 59 minutes ago
            PT1H        | 1 hour ago
            PT3H        | 3 hours ago
            PT23H59M    | 23 hours ago
            PT24H       | yesterday
            PT47H       | yesterday
            PT48H       | 2 days ago
            P4D         | 4 days ago
            P29D        | 29 days ago
            P30D        | 1 month ago
            P62D        | 2 months ago
            P340D       | 11 months ago
            P366D       | 1 year ago
            P1000D      | 2 years ago
            """)
    void exactTimesInThePast(Duration age, String expected) {
        assertThat(RelativeTime.format(NOW.minus(age), DatePrecision.SECOND, NOW)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} after now reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            PT30S   | just now
            PT5M    | in 5 minutes
            PT1H    | in 1 hour
            PT30H   | tomorrow
            P3D     | in 3 days
            P45D    | in 1 month
            P800D   | in 2 years
            """)
    void exactTimesInTheFutureReadAsComing(Duration ahead, String expected) {
        assertThat(RelativeTime.format(NOW.plus(ahead), DatePrecision.SECOND, NOW)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at day precision reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-28T00:00:00Z | today
            2026-11-27T00:00:00Z | yesterday
            2026-11-29T00:00:00Z | tomorrow
            2026-11-24T00:00:00Z | 4 days ago
            2026-10-01T00:00:00Z | 1 month ago
            2025-11-01T00:00:00Z | 1 year ago
            2026-12-05T00:00:00Z | in 7 days
            """)
    void dayPrecisionCountsCalendarDays(Instant then, String expected) {
        assertThat(RelativeTime.format(then, DatePrecision.DAY, NOW)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at month precision reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-01T00:00:00Z | this month
            2026-10-01T00:00:00Z | last month
            2026-12-01T00:00:00Z | next month
            2025-12-01T00:00:00Z | 11 months ago
            2025-11-01T00:00:00Z | 1 year ago
            2023-01-01T00:00:00Z | 3 years ago
            2027-03-01T00:00:00Z | in 4 months
            """)
    void monthPrecisionCountsCalendarMonths(Instant then, String expected) {
        assertThat(RelativeTime.format(then, DatePrecision.MONTH, NOW)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at year precision reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-01T00:00:00Z | this year
            2025-01-01T00:00:00Z | last year
            2027-01-01T00:00:00Z | next year
            2024-01-01T00:00:00Z | 2 years ago
            2030-01-01T00:00:00Z | in 4 years
            """)
    void yearPrecisionCountsCalendarYears(Instant then, String expected) {
        assertThat(RelativeTime.format(then, DatePrecision.YEAR, NOW)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} minutes ago at month precision still reads \"this month\"")
    @CsvSource({"3", "600", "4320"})
    void coarsePrecisionNeverClaimsMinutesOrDays(long minutesAgo) {
        Instant then = NOW.minus(Duration.ofMinutes(minutesAgo));

        assertThat(RelativeTime.format(then, DatePrecision.MONTH, NOW)).isEqualTo("this month");
    }

    @org.junit.jupiter.api.Test
    void unknownPrecisionIsTakenAsExact() {
        assertThat(RelativeTime.format(NOW.minus(Duration.ofHours(2)), null, NOW)).isEqualTo("2 hours ago");
    }

    @org.junit.jupiter.api.Test
    void nullTimesAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> RelativeTime.format(null, DatePrecision.DAY, NOW));
    }

    @Property
    void monthPrecisionOnlyEverSpeaksOfMonthsAndYears(@ForAll("instants") Instant then) {
        assertThat(RelativeTime.format(then, DatePrecision.MONTH, NOW))
                .matches("this month|last month|next month|(in )?\\d+ (months?|years?)( ago)?")
                .doesNotContain("day", "hour", "minute", "now");
    }

    @Property
    void yearPrecisionOnlyEverSpeaksOfYears(@ForAll("instants") Instant then) {
        assertThat(RelativeTime.format(then, DatePrecision.YEAR, NOW))
                .matches("this year|last year|next year|(in )?\\d+ years?( ago)?");
    }

    @Property
    void dayPrecisionNeverSpeaksOfHoursOrMinutes(@ForAll("instants") Instant then) {
        assertThat(RelativeTime.format(then, DatePrecision.DAY, NOW)).doesNotContain("hour", "minute", "just now");
    }

    @Property
    void theFutureMirrorsThePastWithinAMonth(@ForAll @LongRange(min = 0, max = 29L * 24 * 3600) long seconds) {
        String past = RelativeTime.format(NOW.minusSeconds(seconds), DatePrecision.SECOND, NOW);
        String future = RelativeTime.format(NOW.plusSeconds(seconds), DatePrecision.SECOND, NOW);

        String expected = switch (past) {
            case "just now" -> "just now";
            case "yesterday" -> "tomorrow";
            default -> "in " + past.substring(0, past.length() - " ago".length());
        };
        assertThat(future).isEqualTo(expected);
    }

    @Property
    void ageNeverDecreasesAsTimeGoesBackWithinADay(
            @ForAll @LongRange(min = 0, max = 86_399) long a, @ForAll @LongRange(min = 0, max = 86_399) long b) {
        long younger = Math.min(a, b);
        long older = Math.max(a, b);

        assertThat(secondsOf(RelativeTime.format(NOW.minusSeconds(older), DatePrecision.SECOND, NOW)))
                .isGreaterThanOrEqualTo(secondsOf(RelativeTime.format(NOW.minusSeconds(younger), DatePrecision.SECOND, NOW)));
    }

    /** The lower bound, in seconds, of a same-day phrase. */
    private static long secondsOf(String phrase) {
        if (phrase.equals("just now")) {
            return 0;
        }
        String[] parts = phrase.split(" ");
        long amount = Long.parseLong(parts[0]);
        return parts[1].startsWith("hour") ? amount * 3600 : amount * 60;
    }

    @Provide
    Arbitrary<Instant> instants() {
        long span = Duration.ofDays(365L * 30).getSeconds();
        return Arbitraries.longs().between(-span, span).map(NOW::plusSeconds);
    }
}
