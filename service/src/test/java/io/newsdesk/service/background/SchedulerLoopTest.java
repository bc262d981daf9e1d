package io.newsdesk.service.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.service.testing.Await;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchedulerLoopTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Runnable NOTHING = () -> {};

    private final AtomicInteger rounds = new AtomicInteger();
    private SchedulerLoop loop;

    @AfterEach
    void close() {
        loop.close();
    }

    @Test
    void aWakeUpDuringARoundIsNotSleptThrough() throws InterruptedException {
        CountDownLatch inFirstRound = new CountDownLatch(1);
        CountDownLatch wokenMeanwhile = new CountDownLatch(1);
        loop = new SchedulerLoop("test-loop", Clock.systemUTC(), HOUR, Duration.ZERO);
        loop.start(() -> {
            loop.takeWakeUp();
            if (rounds.incrementAndGet() == 1) {
                inFirstRound.countDown();
                await(wokenMeanwhile);
            }
            loop.sleepUntil(Instant.now().plus(HOUR));
        }, NOTHING, NOTHING);
        assertThat(inFirstRound.await(1, TimeUnit.MINUTES)).isTrue();

        loop.wakeUp();
        wokenMeanwhile.countDown();

        Await.until("a second round", () -> rounds.get() == 2);
    }

    @Test
    void wakeUpsWithinTheShortestGapAreAnsweredByOneRound() {
        loop = new SchedulerLoop("test-loop", Clock.systemUTC(), HOUR, Duration.ofMinutes(1));
        loop.start(() -> {
            rounds.incrementAndGet();
            loop.sleepUntil(Instant.now().plus(HOUR));
        }, NOTHING, NOTHING);
        Await.until("the first round", () -> rounds.get() == 1);

        for (int i = 0; i < 50; i++) {
            loop.wakeUp();
        }
        letTheLoopRun();

        assertThat(rounds.get()).as("the next round waits out the gap").isEqualTo(1);
        assertThat(loop.takeWakeUp()).as("and will know it was woken").isTrue();
    }

    @Test
    void aFailingRoundIsNotRunAgainForEachWakeUp() {
        AtomicInteger failures = new AtomicInteger();
        loop = new SchedulerLoop("test-loop", Clock.systemUTC(), HOUR, Duration.ZERO);
        loop.start(() -> {
            rounds.incrementAndGet();
            throw new IllegalStateException("the database is gone");
        }, failures::incrementAndGet, NOTHING);
        Await.until("the first failure", () -> failures.get() == 1);

        for (int i = 0; i < 50; i++) {
            loop.wakeUp();
        }
        letTheLoopRun();

        assertThat(rounds.get()).as("the round waits out its pause after a failure").isEqualTo(1);
    }

    @Test
    void closingStopsTheLoopInterruptsTasksAndRunsTheStopAction() {
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch taskStarted = new CountDownLatch(1);
        loop = new SchedulerLoop("test-loop", Clock.systemUTC(), HOUR, Duration.ZERO);
        loop.start(() -> loop.sleepUntil(Instant.now().plus(HOUR)), NOTHING, () -> stopped.set(true));
        loop.submit(() -> {
            taskStarted.countDown();
            try {
                Thread.sleep(HOUR);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        await(taskStarted);

        loop.close();

        assertThat(stopped).isTrue();
        assertThat(interrupted).isTrue();
        assertThatThrownBy(() -> loop.start(NOTHING, NOTHING, NOTHING)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test-loop was closed");
    }

    /**
     * Time for rounds that should not happen to happen: a loop that answered each wake-up would
     * have run many rounds by then, well within the minute and the five seconds the loops wait.
     */
    private static void letTheLoopRun() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
