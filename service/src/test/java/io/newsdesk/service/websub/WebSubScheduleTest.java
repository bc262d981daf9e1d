package io.newsdesk.service.websub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebSubScheduleTest {

    @Test
    void theGrantedLeaseIsTheHubsWhenItMakesSense() {
        assertThat(WebSubSchedule.grantedLease("86400")).isEqualTo(Duration.ofDays(1));
        assertThat(WebSubSchedule.grantedLease(" 3600 ")).isEqualTo(Duration.ofHours(1));
        assertThat(WebSubSchedule.grantedLease(null)).isEqualTo(WebSubSchedule.REQUESTED_LEASE);
        assertThat(WebSubSchedule.grantedLease("0")).isEqualTo(WebSubSchedule.REQUESTED_LEASE);
        assertThat(WebSubSchedule.grantedLease("-5")).isEqualTo(WebSubSchedule.REQUESTED_LEASE);
        assertThat(WebSubSchedule.grantedLease("ten days")).isEqualTo(WebSubSchedule.REQUESTED_LEASE);
        assertThat(WebSubSchedule.grantedLease("99999999999999999999")).isEqualTo(WebSubSchedule.REQUESTED_LEASE);
        assertThat(WebSubSchedule.grantedLease("999999999")).isEqualTo(Duration.ofDays(365));
    }

    @Test
    void leasesAreRenewedAt85PercentButAtLeastAsOftenAsAskedFor() {
        assertThat(WebSubSchedule.renewalAfter(Duration.ofDays(1))).isEqualTo(Duration.ofHours(24).multipliedBy(85).dividedBy(100));
        assertThat(WebSubSchedule.renewalAfter(Duration.ofSeconds(100))).isEqualTo(Duration.ofSeconds(85));
        assertThat(WebSubSchedule.renewalAfter(Duration.ofDays(365)))
                .isEqualTo(WebSubSchedule.renewalAfter(WebSubSchedule.REQUESTED_LEASE))
                .isEqualTo(Duration.ofHours(204));
    }

    @Test
    void retriesBackOffFromFiveMinutesToADay() {
        assertThat(WebSubSchedule.retryAfter(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(WebSubSchedule.retryAfter(2)).isEqualTo(Duration.ofMinutes(10));
        assertThat(WebSubSchedule.retryAfter(5)).isEqualTo(Duration.ofMinutes(80));
        assertThat(WebSubSchedule.retryAfter(9)).isEqualTo(Duration.ofMinutes(1280));
        assertThat(WebSubSchedule.retryAfter(10)).isEqualTo(Duration.ofDays(1));
        assertThat(WebSubSchedule.retryAfter(1000)).isEqualTo(Duration.ofDays(1));
    }
}
