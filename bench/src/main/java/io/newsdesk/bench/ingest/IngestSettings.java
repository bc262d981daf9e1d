package io.newsdesk.bench.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an ingest benchmark does.
 *
 * @param feeds how many synthetic feeds to serve
 * @param entriesPerFeed how many entries each has
 * @param runs measured runs per pipeline (the median is reported)
 * @param warmups unmeasured runs per pipeline before them, for the JIT and caches
 * @param seed the seed the corpus is generated from
 * @param hosts over how many loopback addresses the feeds are spread
 * @param fixtures a folder of extra feed documents to serve as they are, or {@code null}
 * @param peer whether to run the naive peer too, for the ratio
 * @param workDir where each run's folder is created (and deleted again)
 */
public record IngestSettings(
        int feeds,
        int entriesPerFeed,
        int runs,
        int warmups,
        long seed,
        int hosts,
        Path fixtures,
        boolean peer,
        Path workDir) {

    public IngestSettings {
        Objects.requireNonNull(workDir, "workDir");
        requireAtLeast("feeds", feeds, 1);
        requireAtLeast("entries per feed", entriesPerFeed, 1);
        requireAtLeast("runs", runs, 1);
        requireAtLeast("warm-up runs", warmups, 0);
        requireAtLeast("hosts", hosts, 1);
        if (hosts > 254) {
            throw new IllegalArgumentException("at most 254 hosts (loopback addresses 127.0.0.1 to 127.0.0.254)");
        }
    }

    private static void requireAtLeast(String what, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(what + " must be at least " + minimum + ", not " + value);
        }
    }
}
