package io.newsdesk.bench.polling;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.bench.db.DatabaseTarget;
import io.newsdesk.bench.db.RunDatabase;
import io.newsdesk.bench.ingest.MachineInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs the polling benchmark: serves the feeds, then per run subscribes a fresh database to all of
 * them and measures two refresh cycles through Newsdesk's poller: the first, where every feed is
 * new (200s and errors), and the one after, with the clock moved on so every feed is due again
 * (mostly 304s: conditional requests). Warm-up runs come first and are not reported.
 */
public final class PollingBenchmark {

    private final PollingSettings settings;
    private final DatabaseTarget database;
    private final PrintWriter progress;

    public PollingBenchmark(PollingSettings settings, DatabaseTarget database, PrintWriter progress) {
        this.settings = settings;
        this.database = database;
        this.progress = progress;
    }

    /**
     * @param command the command line, for the report
     * @throws BenchmarkException when the feeds cannot be served, a cycle fails or does not poll
     *     every feed exactly once within the per-host bound
     */
    public PollingReport run(String command) throws BenchmarkException {
        progress.println("Database: " + database.description());
        progress.println("Feeds: " + settings.server().feeds() + " on " + settings.server().hosts() + " hosts, mix "
                + settings.server().mix().describe());
        List<Duration> subscribing = new ArrayList<>();
        List<CycleResult> results = new ArrayList<>();
        try (FeedHosts hosts = startServer()) {
            List<URI> feeds = PollingServer.urls(hosts.addresses(), settings.server().feeds());
            PollingCycle cycle = new PollingCycle(settings, hosts);
            for (int run = 1 - settings.warmups(); run <= settings.runs(); run++) {
                int number = Math.max(run, 0);
                Path runDir = createRunDir();
                try (RunDatabase runDatabase = database.create(runDir, "polling_" + (run + settings.warmups()))) {
                    long started = System.nanoTime();
                    Subscriptions.subscribeAll(runDatabase.location(), feeds);
                    Duration subscribed = Duration.ofNanos(System.nanoTime() - started);
                    Path dataDir = runDir.resolve("data");
                    CycleResult first = cycle.run(number, 1, runDatabase, dataDir, Clock.systemUTC());
                    report(first);
                    CycleResult second = cycle.run(number, 2, runDatabase, dataDir,
                            Clock.offset(Clock.systemUTC(), PollingSettings.SECOND_CYCLE_OFFSET));
                    report(second);
                    CycleCheck.verify(first, settings.perHost());
                    CycleCheck.verify(second, settings.perHost());
                    if (number > 0) {
                        subscribing.add(subscribed);
                        results.add(first);
                        results.add(second);
                    }
                } finally {
                    deleteRunDir(runDir);
                }
            }
        }
        return new PollingReport(settings, command, MachineInfo.current(), database.description(), Instant.now(),
                subscribing, results);
    }

    private FeedHosts startServer() throws BenchmarkException {
        if (settings.separateServer()) {
            return ServerProcess.start(settings.server());
        }
        try {
            return PollingServer.start(settings.server());
        } catch (IOException e) {
            throw new BenchmarkException("cannot serve the feeds: " + e.getMessage(), e);
        }
    }

    private void report(CycleResult result) {
        progress.printf(Locale.ROOT, "%-9s cycle %d: %6d feeds in %7.2f s (%6.0f requests/s), CPU %6.2f s, "
                        + "server CPU %5.2f s, peak heap %4.0f MB, most at once per host %d, load %.2f%n",
                result.run() == 0 ? "warm-up" : "run " + result.run(), result.cycle(), result.feedsChecked(),
                result.wallSeconds(), result.requestsPerSecond(), result.newsdeskCpu().toMillis() / 1000.0,
                result.serverCpu().toMillis() / 1000.0, result.peakHeapBytes() / 1e6,
                result.server().mostActivePerHost(), result.loadAverage());
        progress.flush();
    }

    private Path createRunDir() throws BenchmarkException {
        try {
            Files.createDirectories(settings.workDir());
            return Files.createTempDirectory(settings.workDir(), "newsdesk-polling-");
        } catch (IOException e) {
            throw new BenchmarkException("cannot create a run folder in " + settings.workDir() + ": " + e.getMessage(), e);
        }
    }

    private void deleteRunDir(Path runDir) {
        try (Stream<Path> paths = Files.walk(runDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            progress.println("Could not delete " + runDir + " (" + e.getMessage() + "); delete it by hand");
        }
    }
}
