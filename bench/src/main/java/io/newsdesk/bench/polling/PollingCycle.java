package io.newsdesk.bench.polling;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.bench.db.RunDatabase;
import io.newsdesk.bench.ingest.MachineInfo;
import io.newsdesk.bench.ingest.ProcessMeters;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskConfig;
import io.newsdesk.service.NewsdeskException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One refresh cycle through Newsdesk's real poller: open Newsdesk on the run's database, start its
 * background work with every feed due, and wait until every feed that is not disabled has a check
 * recorded after the start.
 *
 * <p>Progress is read from the database with plain SQL ten times a second, a query too small to
 * count against the figures; it is how a user would see the cycle end, in each feed's status.
 */
final class PollingCycle {

    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(100);
    private static final String POLLED = "SELECT COUNT(*) FROM feeds WHERE kind = 'remote' AND NOT disabled";
    private static final String CHECKED_SINCE = "SELECT COUNT(*) FROM feeds WHERE kind = 'remote' AND last_checked_at >= ?";
    private static final String FAILING = "SELECT COUNT(*) FROM feeds WHERE kind = 'remote' AND error_count > 0";
    private static final String DISABLED = "SELECT COUNT(*) FROM feeds WHERE kind = 'remote' AND disabled";

    private final PollingSettings settings;
    private final FeedHosts hosts;

    PollingCycle(PollingSettings settings, FeedHosts hosts) {
        this.settings = settings;
        this.hosts = hosts;
    }

    /**
     * Runs one cycle.
     *
     * @param clock Newsdesk's clock: moved on for a later cycle, so that every feed is due again
     * @throws BenchmarkException when Newsdesk cannot be opened or the cycle does not end in time
     */
    CycleResult run(int run, int cycle, RunDatabase database, Path dataDir, Clock clock) throws BenchmarkException {
        hosts.startCycle(cycle);
        double serverCpuBefore = hosts.stats().cpuSeconds();
        NewsdeskConfig config = NewsdeskConfig.defaults(dataDir)
                .withDatabaseUrl(database.location())
                .withAllowPrivateNetworks(true)
                .withClock(clock)
                .withPollConcurrency(settings.pollConcurrency(), settings.perHost());
        try (Newsdesk newsdesk = Newsdesk.open(config); Connection sql = database.connect()) {
            long due = count(sql, POLLED);
            ProcessMeters.startHeapPeak();
            Instant start = clock.instant();
            Duration cpuBefore = ProcessMeters.cpuTime();
            long started = System.nanoTime();

            newsdesk.startBackgroundWork();
            long checked = awaitChecks(sql, start, due);

            Duration wall = Duration.ofNanos(System.nanoTime() - started);
            Duration cpu = ProcessMeters.cpuTime().minus(cpuBefore);
            long peakHeap = ProcessMeters.peakHeapBytes();
            ServerStats served = hosts.stats();
            Duration serverCpu = Duration.ofMillis(Math.round((served.cpuSeconds() - serverCpuBefore) * 1000));
            return new CycleResult(run, cycle, checked, wall, cpu, serverCpu, peakHeap, served,
                    count(sql, FAILING), count(sql, DISABLED), MachineInfo.loadAverage());
        } catch (SQLException e) {
            throw new BenchmarkException("cannot follow the cycle in the database: " + e.getMessage(), e);
        } catch (NewsdeskException e) {
            throw new BenchmarkException("Newsdesk failed: " + e.getMessage(), e);
        }
    }

    private long awaitChecks(Connection sql, Instant start, long due) throws SQLException, BenchmarkException {
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        try (PreparedStatement checkedSince = sql.prepareStatement(CHECKED_SINCE)) {
            checkedSince.setLong(1, start.toEpochMilli());
            while (true) {
                long checked = count(checkedSince);
                if (checked >= due) {
                    return checked;
                }
                if (System.nanoTime() > deadline) {
                    throw new BenchmarkException("only " + checked + " of " + due + " feeds were checked within "
                            + settings.deadline().toMinutes() + " minutes");
                }
                try {
                    Thread.sleep(PROGRESS_INTERVAL);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BenchmarkException("interrupted while waiting for the cycle to end", e);
                }
            }
        }
    }

    private static long count(Connection sql, String query) throws SQLException {
        try (PreparedStatement statement = sql.prepareStatement(query)) {
            return count(statement);
        }
    }

    private static long count(PreparedStatement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
