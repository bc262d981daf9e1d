package io.newsdesk.service.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UpcomingChecksTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void tellsTheEarliestCheckToComeAndWhenOneHasPassed() {
        UpcomingChecks upcoming = new UpcomingChecks();
        upcoming.add(NOW.plusSeconds(600));
        upcoming.add(NOW.plusSeconds(60));
        upcoming.add(null);
        upcoming.add(NOW.plusSeconds(60));

        assertThat(upcoming.earliest()).isEqualTo(NOW.plusSeconds(60));
        assertThat(upcoming.passed(NOW)).isFalse();
        assertThat(upcoming.passed(NOW.plusSeconds(60))).isTrue();
        assertThat(upcoming.size()).isEqualTo(1);
        assertThat(upcoming.earliest()).isEqualTo(NOW.plusSeconds(600));
        assertThat(upcoming.passed(NOW.plusSeconds(60))).isFalse();
        assertThat(upcoming.passed(NOW.plusSeconds(3600))).isTrue();
        assertThat(upcoming.earliest()).isNull();
    }
}
