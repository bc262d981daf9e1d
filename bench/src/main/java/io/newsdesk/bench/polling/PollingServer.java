package io.newsdesk.bench.polling;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.bench.ingest.ProcessMeters;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Serves the polling benchmark's feeds over several loopback hosts, each feed behaving as the mix
 * says, and counts what it answered: per answer, per feed, and the most requests at once per host.
 * Feed {@code i} lives on host {@code i % hosts}, so every host carries its share of every
 * behaviour.
 *
 * <p>A cycle starts the counts afresh. From the second on, the feeds chosen to change serve a
 * second version; the others answer a conditional request with 304.
 */
public final class PollingServer implements FeedHosts {

    private final ServerSettings settings;
    private final List<FeedBehaviour> behaviours;
    private final boolean[] changes;
    private final Duration[] delays;
    private final byte[][] firstVersions;
    private final byte[][] secondVersions;
    private final LoopbackHttpServer http;
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final LongAdder conditional = new LongAdder();
    private volatile AtomicIntegerArray requestsPerFeed;
    private volatile int cycle = 1;

    private PollingServer(ServerSettings settings) throws IOException {
        this.settings = settings;
        this.behaviours = settings.mix().assign(settings.feeds(), settings.seed());
        Random random = new Random(settings.seed() + 1);
        this.changes = new boolean[settings.feeds()];
        this.delays = new Duration[settings.feeds()];
        this.firstVersions = new byte[settings.feeds()][];
        this.secondVersions = new byte[settings.feeds()][];
        long slowRange = settings.slowest().toMillis() - settings.fastestSlow().toMillis();
        for (int feed = 0; feed < settings.feeds(); feed++) {
            FeedBehaviour behaviour = behaviours.get(feed);
            changes[feed] = random.nextDouble() * 100 < settings.changedPercent();
            delays[feed] = behaviour == FeedBehaviour.SLOW
                    ? settings.fastestSlow().plusMillis(slowRange <= 0 ? 0 : random.nextLong(slowRange + 1))
                    : Duration.ZERO;
            if (behaviour.servesFeed()) {
                // Compressed up front: the fetcher asks for gzip, and serving should cost next to nothing.
                firstVersions[feed] = PolledFeeds.gzip(PolledFeeds.document(feed, 1));
                secondVersions[feed] = changes[feed] ? PolledFeeds.gzip(PolledFeeds.document(feed, 2)) : null;
            }
        }
        this.requestsPerFeed = new AtomicIntegerArray(settings.feeds());
        this.http = LoopbackHttpServer.start(settings.hosts(), settings.perHostBound(), this::answer);
    }

    /**
     * Prepares the documents and starts serving.
     *
     * @throws IOException when a loopback address cannot be bound
     */
    public static PollingServer start(ServerSettings settings) throws IOException {
        return new PollingServer(settings);
    }

    @Override
    public List<String> addresses() {
        return http.addresses();
    }

    /** The URL of every feed, in feed order, given where the hosts listen. */
    public static List<URI> urls(List<String> addresses, int feeds) {
        return IntStream.range(0, feeds)
                .mapToObj(feed -> URI.create("http://" + addresses.get(feed % addresses.size()) + PolledFeeds.path(feed)))
                .toList();
    }

    @Override
    public synchronized void startCycle(int number) {
        cycle = number;
        answers.clear();
        conditional.reset();
        requestsPerFeed = new AtomicIntegerArray(settings.feeds());
        http.resetMostActive();
    }

    @Override
    public synchronized ServerStats stats() {
        AtomicIntegerArray counts = requestsPerFeed;
        Map<FeedBehaviour, long[]> byBehaviour = new EnumMap<>(FeedBehaviour.class);
        long requests = 0;
        for (int feed = 0; feed < counts.length(); feed++) {
            int count = counts.get(feed);
            requests += count;
            long[] tally = byBehaviour.computeIfAbsent(behaviours.get(feed), b -> new long[3]);
            tally[Math.min(count, 2)]++;
        }
        Map<String, ServerStats.RequestCounts> feedsByRequests = new LinkedHashMap<>();
        byBehaviour.forEach((behaviour, tally) ->
                feedsByRequests.put(behaviour.label(), new ServerStats.RequestCounts(tally[0], tally[1], tally[2])));
        Map<String, Long> answered = new LinkedHashMap<>();
        answers.forEach((answer, count) -> answered.put(answer, count.sum()));
        return new ServerStats(cycle, requests, answered, conditional.sum(), feedsByRequests,
                http.mostActivePerHost(), http.activeRequests(), ProcessMeters.cpuTime().toMillis() / 1000.0);
    }

    private LoopbackHttpServer.Reply answer(LoopbackHttpServer.Request request) {
        int feed = PolledFeeds.feedOf(request.path());
        if (feed < 0 || feed >= settings.feeds() || request.host() != feed % settings.hosts()) {
            count("404");
            return LoopbackHttpServer.Reply.status(404);
        }
        requestsPerFeed.incrementAndGet(feed);
        boolean conditionalRequest = request.headers().containsKey("if-none-match")
                || request.headers().containsKey("if-modified-since");
        if (conditionalRequest) {
            conditional.increment();
        }
        return switch (behaviours.get(feed)) {
            case NOT_FOUND -> counted("404", LoopbackHttpServer.Reply.status(404));
            case SERVER_ERROR -> counted("500", LoopbackHttpServer.Reply.status(500));
            case GONE -> counted("410", LoopbackHttpServer.Reply.status(410));
            case TIMEOUT -> counted("timeout", LoopbackHttpServer.Reply.hang());
            case FRESH, SLOW -> document(feed, request);
        };
    }

    private LoopbackHttpServer.Reply document(int feed, LoopbackHttpServer.Request request) {
        int version = cycle >= 2 && changes[feed] ? 2 : 1;
        String etag = PolledFeeds.etag(feed, version);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", etag);
        headers.put("Last-Modified", PolledFeeds.lastModified(version));
        if (etag.equals(request.headers().get("if-none-match"))) {
            count("304");
            return new LoopbackHttpServer.Reply(304, headers, new byte[0], delays[feed]);
        }
        count("200");
        headers.put("Content-Type", "application/rss+xml; charset=utf-8");
        String acceptEncoding = request.headers().getOrDefault("accept-encoding", "");
        if (acceptEncoding.contains("gzip")) {
            headers.put("Content-Encoding", "gzip");
            byte[] body = version == 2 ? secondVersions[feed] : firstVersions[feed];
            return new LoopbackHttpServer.Reply(200, headers, body, delays[feed]);
        }
        return new LoopbackHttpServer.Reply(200, headers, PolledFeeds.document(feed, version), delays[feed]);
    }

    private LoopbackHttpServer.Reply counted(String answer, LoopbackHttpServer.Reply reply) {
        count(answer);
        return reply;
    }

    private void count(String answer) {
        answers.computeIfAbsent(answer, a -> new LongAdder()).increment();
    }

    @Override
    public void close() throws BenchmarkException {
        try {
            http.close();
        } catch (IOException e) {
            throw new BenchmarkException("cannot stop the feed server: " + e.getMessage(), e);
        }
    }
}
