package io.newsdesk.service.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HostLimitsTest {

    @Test
    void boundsWorkPerHostAndInAll() throws Exception {
        HostLimits limits = new HostLimits(3, 2);
        Map<String, AtomicInteger> activeByHost = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> mostByHost = new ConcurrentHashMap<>();
        AtomicInteger active = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            urls.add("https://a.example/feed" + i);
            urls.add("https://B.example:8443/feed" + i);
            urls.add("http://c.example/feed" + i);
        }
        // Each task holds its slots a moment (until all have started, 50 ms at most), long enough
        // for any excess to show.
        CountDownLatch started = new CountDownLatch(urls.size());

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> results = new ArrayList<>();
            for (String url : urls) {
                results.add(threads.submit(() -> limits.run(url, () -> {
                    String host = HostLimits.hostOf(url);
                    int nowOnHost = activeByHost.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
                    mostByHost.computeIfAbsent(host, h -> new AtomicInteger()).accumulateAndGet(nowOnHost, Math::max);
                    most.accumulateAndGet(active.incrementAndGet(), Math::max);
                    started.countDown();
                    try {
                        started.await(50, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    active.decrementAndGet();
                    activeByHost.get(host).decrementAndGet();
                    return url;
                })));
            }
            for (Future<String> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).startsWith("http");
            }
        }

        assertThat(most.get()).isBetween(1, 3);
        assertThat(mostByHost).containsOnlyKeys("a.example", "b.example", "c.example");
        assertThat(mostByHost.values()).allSatisfy(count -> assertThat(count.get()).isBetween(1, 2));
    }

    @Test
    void hostsAreComparedWithoutCaseAndUnparsableUrlsAreTheirOwnHost() {
        assertThat(HostLimits.hostOf("https://News.Example:8443/rss")).isEqualTo("news.example");
        assertThat(HostLimits.hostOf("not a url")).isEqualTo("not a url");
    }

    @Test
    void aReservationHoldsAGlobalSlotUntilAHostWithRoomClaimsIt() {
        HostLimits limits = new HostLimits(2, 1);
        HostLimits.Slot first = limits.tryReserve().claim("a.example");
        HostLimits.Reservation reservation = limits.tryReserve();

        assertThat(reservation.claim("a.example")).as("a.example has no room left").isNull();
        assertThat(limits.tryReserve()).as("both global slots are taken").isNull();
        HostLimits.Slot second = reservation.claim("b.example");
        assertThat(second.host()).isEqualTo("b.example");

        first.close();
        HostLimits.Reservation again = limits.tryReserve();
        assertThat(again).isNotNull();
        again.cancel();
        again.cancel();
        second.close();
        second.close();
        assertThat(limits.tryReserve()).isNotNull();
    }

    @Test
    void aReservationIsUsedOnce() {
        HostLimits limits = new HostLimits(2, 2);
        HostLimits.Reservation reservation = limits.tryReserve();
        reservation.claim("a.example");

        assertThatThrownBy(() -> reservation.claim("b.example")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tellsListenersWhichHostHasRoomAgain() throws Exception {
        HostLimits limits = new HostLimits(2, 2);
        List<String> released = new CopyOnWriteArrayList<>();
        limits.onRelease(released::add);

        limits.run("https://News.Example/feed", () -> "done");
        limits.tryReserve().claim("b.example").close();

        assertThat(released).containsExactly("news.example", "b.example");
    }

    @Test
    void workThatFailsGivesItsSlotsBackAndItsExceptionToTheCaller() {
        HostLimits limits = new HostLimits(1, 1);

        assertThatThrownBy(() -> limits.run("https://a.example/", () -> {
            throw new IOException("site trouble");
        })).isInstanceOf(IOException.class).hasMessage("site trouble");
        assertThat(limits.tryReserve()).isNotNull();
    }

    @Test
    void boundsBelowOneAreRefused() {
        assertThatThrownBy(() -> new HostLimits(0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HostLimits(2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
