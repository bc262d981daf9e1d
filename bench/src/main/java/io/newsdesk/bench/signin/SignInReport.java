package io.newsdesk.bench.signin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Timings of each kind of attempt, in nanoseconds, and their rendering for BENCHMARKS.md. */
final class SignInReport {

    static final String PEER = "peer: PBKDF2-HMAC-SHA256, 600,000 iterations";
    static final String RIGHT = "Newsdesk sign-in, right password";

    private final Map<String, long[]> timings = new LinkedHashMap<>();

    void add(String kind, long[] nanos) {
        timings.put(kind, nanos.clone());
    }

    String markdown(String command) {
        StringBuilder md = new StringBuilder();
        md.append("Command: `").append(command).append("`  \n");
        md.append(String.format(Locale.ROOT, "Machine: %d cores, %s %s, Java %s; one attempt at a time.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version")));
        md.append("| attempt | median ms | mean ms | fastest ms |\n|---|---:|---:|---:|\n");
        timings.forEach((kind, nanos) -> md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n",
                kind, median(nanos) / 1e6, Arrays.stream(nanos).average().orElse(0) / 1e6,
                Arrays.stream(nanos).min().orElse(0) / 1e6)));
        if (timings.containsKey(PEER) && timings.containsKey(RIGHT)) {
            md.append(String.format(Locale.ROOT, "%nMedian sign-in / median peer: %.2f×%n",
                    median(timings.get(RIGHT)) / median(timings.get(PEER))));
        }
        return md.toString();
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
