package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.DatePrecision;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AbsoluteTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void exactTimesShowDateAndMinuteInTheReadersZone() {
        Instant instant = Instant.parse("2026-11-28T13:05:42Z");

        assertThat(AbsoluteTime.format(instant, DatePrecision.SECOND, BERLIN)).isEqualTo("28 Nov 2026, 14:05");
        assertThat(AbsoluteTime.format(instant, DatePrecision.SECOND, ZoneOffset.UTC)).isEqualTo("28 Nov 2026, 13:05");
        assertThat(AbsoluteTime.format(instant, null, BERLIN)).isEqualTo("28 Nov 2026, 14:05");
    }

    @Test
    void exactTimesNearMidnightTakeTheReadersDate() {
        Instant instant = Instant.parse("2026-11-28T03:00:00Z");

        assertThat(AbsoluteTime.format(instant, DatePrecision.SECOND, NEW_YORK)).isEqualTo("27 Nov 2026, 22:00");
    }

    @Test
    void coarseDatesAreNotShiftedIntoTheReadersZone() {
        Instant startOfDay = Instant.parse("2026-11-28T00:00:00Z");

        assertThat(AbsoluteTime.format(startOfDay, DatePrecision.DAY, NEW_YORK)).isEqualTo("28 Nov 2026");
        assertThat(AbsoluteTime.format(Instant.parse("2025-12-01T00:00:00Z"), DatePrecision.MONTH, NEW_YORK))
                .isEqualTo("December 2025");
        assertThat(AbsoluteTime.format(Instant.parse("2025-01-01T00:00:00Z"), DatePrecision.YEAR, NEW_YORK))
                .isEqualTo("2025");
    }

    @Test
    void singleDigitDaysHaveNoLeadingZero() {
        assertThat(AbsoluteTime.format(Instant.parse("2026-03-05T00:00:00Z"), DatePrecision.DAY, BERLIN))
                .isEqualTo("5 Mar 2026");
    }

    @Test
    void machineReadableFormMatchesThePrecision() {
        Instant instant = Instant.parse("2026-11-28T14:05:00.123Z");

        assertThat(AbsoluteTime.machineReadable(instant, DatePrecision.SECOND)).isEqualTo("2026-11-28T14:05:00Z");
        assertThat(AbsoluteTime.machineReadable(instant, DatePrecision.DAY)).isEqualTo("2026-11-28");
        assertThat(AbsoluteTime.machineReadable(instant, DatePrecision.MONTH)).isEqualTo("2026-11");
        assertThat(AbsoluteTime.machineReadable(instant, DatePrecision.YEAR)).isEqualTo("2026");
    }
}
