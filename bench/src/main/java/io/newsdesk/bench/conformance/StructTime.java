package io.newsdesk.bench.conformance;

import io.newsdesk.bench.conformance.expr.PyTuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Python's {@code time.struct_time} in UTC, as feedparser's {@code *_parsed} values are. */
final class StructTime {

    private StructTime() {}

    /** (year, month, day, hour, minute, second, weekday with Monday 0, day of the year, isdst 0). */
    static PyTuple of(Instant instant) {
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        return PyTuple.of((long) utc.getYear(), (long) utc.getMonthValue(), (long) utc.getDayOfMonth(),
                (long) utc.getHour(), (long) utc.getMinute(), (long) utc.getSecond(),
                (long) utc.getDayOfWeek().getValue() - 1, (long) utc.getDayOfYear(), 0L);
    }
}
