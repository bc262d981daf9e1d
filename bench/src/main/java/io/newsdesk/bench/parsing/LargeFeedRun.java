package io.newsdesk.bench.parsing;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.bench.ingest.MachineInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link LargeFeedProbe} in a fresh JVM with a given maximum heap and reads its result.
 *
 * @param mode how the feed was parsed
 * @param heap the {@code -Xmx} value the probe ran under
 * @param outcome {@code ok}, {@code OutOfMemoryError} or the parser's error
 * @param entries entries read, -1 when it failed
 * @param seconds time to parse (or to fail)
 * @param cpuSeconds the probe process's CPU time meanwhile (collector and compiler threads included),
 *     which a loaded machine changes far less than the wall time
 * @param peakHeapMb the heap's peak, MB (sum of the heap pools' peaks: an upper bound)
 * @param fedMb how much of the feed had been read when it ended, MB
 * @param loadAverage the machine's one-minute load average when the run ended
 */
public record LargeFeedRun(LargeFeedProbe.Mode mode, String heap, String outcome, int entries, double seconds,
        double cpuSeconds, long peakHeapMb, double fedMb, double loadAverage) {

    private static final long TIMEOUT_MINUTES = 15;

    /** Starts the probe and waits for it. */
    public static LargeFeedRun run(LargeFeedProbe.Mode mode, int megabytes, String heap) throws BenchmarkException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                LargeFeedProbe.class.getName(), mode.name(), Integer.toString(megabytes));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new BenchmarkException("the large-feed probe (" + mode + ") ran longer than "
                        + TIMEOUT_MINUTES + " minutes");
            }
            return parse(mode, heap, output);
        } catch (IOException e) {
            throw new BenchmarkException("cannot start the large-feed probe: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted while waiting for the large-feed probe", e);
        }
    }

    /** Whether the parser read the whole feed. */
    public boolean succeeded() {
        return outcome.equals("ok");
    }

    private static LargeFeedRun parse(LargeFeedProbe.Mode mode, String heap, String output) throws BenchmarkException {
        Map<String, String> values = new HashMap<>();
        for (String pair : output.lines().reduce((first, last) -> last).orElse("").split("\t")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        if (!values.containsKey("outcome")) {
            // The JVM died before reporting, as it may when the heap runs out outside the parser.
            return new LargeFeedRun(mode, heap, "no report (JVM ended: " + abbreviate(output) + ")", -1, 0, 0, 0, 0,
                    MachineInfo.loadAverage());
        }
        try {
            return new LargeFeedRun(mode, heap, values.get("outcome"), Integer.parseInt(values.get("entries")),
                    Double.parseDouble(values.get("seconds")), Double.parseDouble(values.get("cpuSeconds")),
                    Long.parseLong(values.get("peakHeapMb")), Double.parseDouble(values.get("fedMb")),
                    MachineInfo.loadAverage());
        } catch (RuntimeException e) {
            throw new BenchmarkException("unreadable large-feed probe report: " + output, e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
