package io.newsdesk.bench.polling;

import io.newsdesk.bench.BenchmarkException;
import java.util.List;

/** The served feeds as the benchmark drives them, whether the server runs in this process or its own. */
public interface FeedHosts extends AutoCloseable {

    /** Where each host listens ({@code 127.0.0.n:port}), in host order. */
    List<String> addresses();

    /** Starts a cycle: counts start afresh; from cycle 2 on the changing feeds have news. */
    void startCycle(int cycle) throws BenchmarkException;

    /** What the server counted since the cycle started. */
    ServerStats stats() throws BenchmarkException;

    @Override
    void close() throws BenchmarkException;
}
