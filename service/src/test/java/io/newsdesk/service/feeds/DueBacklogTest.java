package io.newsdesk.service.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.store.DueFeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DueBacklogTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private final DueBacklog backlog = new DueBacklog();

    @Test
    void hostsTakeTurnsOneFeedEachInDueOrderWithinAHost() {
        backlog.add(feed(1, "a.example"));
        backlog.add(feed(2, "a.example"));
        backlog.add(feed(3, "a.example"));
        backlog.add(feed(4, "b.example"));
        backlog.add(feed(5, "c.example"));
        backlog.add(feed(6, "b.example"));

        assertThat(drain()).containsExactly(1L, 4L, 5L, 2L, 6L, 3L);
        assertThat(backlog.size()).isZero();
    }

    @Test
    void aBusyHostWaitsForOneOfItsSlotsWhileOthersGoOn() {
        backlog.add(feed(1, "a.example"));
        backlog.add(feed(2, "a.example"));
        backlog.add(feed(3, "b.example"));

        assertThat(backlog.nextReadyHost()).isEqualTo("a.example");
        backlog.parkBusy("a.example");
        backlog.add(feed(4, "a.example"));

        assertThat(drain()).containsExactly(3L);
        backlog.slotFreed("b.example");
        assertThat(backlog.nextReadyHost()).isNull();
        backlog.slotFreed("a.example");
        assertThat(drain()).containsExactly(1L, 2L, 4L);
    }

    @Test
    void aPausedHostWaitsUntilItsPauseEnds() {
        backlog.add(feed(1, "a.example"));
        backlog.add(feed(2, "b.example"));
        Instant until = NOW.plusSeconds(120);

        assertThat(backlog.nextReadyHost()).isEqualTo("a.example");
        backlog.parkPaused("a.example", until);
        // A slot freed meanwhile does not end the pause.
        backlog.slotFreed("a.example");

        assertThat(drain()).containsExactly(2L);
        assertThat(backlog.earliestPauseEnd()).isEqualTo(until);
        backlog.resumePaused(NOW.plusSeconds(60));
        assertThat(backlog.nextReadyHost()).isNull();
        backlog.resumePaused(until);
        assertThat(backlog.earliestPauseEnd()).isNull();
        assertThat(drain()).containsExactly(1L);
    }

    @Test
    void addingToAParkedHostSaysItCannotStartYet() {
        backlog.add(feed(1, "a.example"));
        backlog.nextReadyHost();
        backlog.parkBusy("a.example");

        assertThat(backlog.add(feed(2, "a.example"))).isFalse();
        assertThat(backlog.add(feed(3, "b.example"))).isTrue();
        assertThat(backlog.readyHosts()).isEqualTo(1);
    }

    @Test
    void aFresherReadReplacesAQueuedFeedInItsPlace() {
        backlog.add(feed(1, "a.example"));
        backlog.add(feed(2, "a.example"));
        DueFeed fresher = new DueFeed(1, "https://a.example/feed1", "\"v2\"", null, null, 0);

        backlog.refresh(fresher);

        String host = backlog.nextReadyHost();
        assertThat(backlog.take(host)).isEqualTo(fresher);
    }

    @Test
    void aFeedThatMovedToAnotherHostIsQueuedThere() {
        backlog.add(feed(1, "a.example"));
        backlog.add(feed(2, "a.example"));

        backlog.refresh(new DueFeed(1, "https://b.example/feed1", null, null, null, 0));

        assertThat(drain()).containsExactly(2L, 1L);
    }

    @Test
    void dropsWhatIsNoLongerDueAndSaysWhichToRelease() {
        backlog.add(feed(1, "a.example"));
        backlog.add(feed(2, "a.example"));
        backlog.add(feed(3, "b.example"));

        assertThat(backlog.retainOnly(Set.of(2L))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(backlog.contains(1)).isFalse();
        assertThat(drain()).containsExactly(2L);
    }

    @Test
    void clearingReturnsEveryQueuedFeed() {
        backlog.add(feed(1, "a.example"));
        backlog.add(feed(2, "b.example"));
        backlog.nextReadyHost();
        backlog.parkBusy("a.example");

        assertThat(backlog.clear()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(backlog.size()).isZero();
        assertThat(backlog.readyHosts()).isZero();
    }

    /** Takes feeds the way the poller does when every host has a free slot. */
    private List<Long> drain() {
        List<Long> taken = new ArrayList<>();
        for (String host = backlog.nextReadyHost(); host != null; host = backlog.nextReadyHost()) {
            taken.add(backlog.take(host).id());
        }
        return taken;
    }

    private static DueFeed feed(long id, String host) {
        return new DueFeed(id, "https://" + host + "/feed" + id, null, null, null, 0);
    }
}
