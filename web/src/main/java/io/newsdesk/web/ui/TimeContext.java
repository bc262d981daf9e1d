package io.newsdesk.web.ui;

import io.newsdesk.domain.DatePrecision;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The "now" and the reader's zone that one page's times are written against, so every time on a
 * page is relative to the same moment.
 *
 * @param now the moment the page is rendered
 * @param zone the reader's time zone, for exact times
 */
public record TimeContext(Instant now, ZoneId zone) {

    public TimeContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
    }

    /** The current time and zone of {@code clock}. */
    public static TimeContext of(Clock clock) {
        return new TimeContext(clock.instant(), clock.getZone());
    }

    /**
     * Formats {@code instant} for display.
     *
     * @param instant the time, or {@code null} when unknown
     * @param precision how precisely it is known; {@code null} is taken as exact
     * @return the formatted time, or {@code null} when {@code instant} is {@code null}
     */
    public Timestamp stamp(Instant instant, DatePrecision precision) {
        if (instant == null) {
            return null;
        }
        return new Timestamp(
                AbsoluteTime.machineReadable(instant, precision),
                AbsoluteTime.format(instant, precision, zone),
                RelativeTime.format(instant, precision, now));
    }
}
