package io.newsdesk.bench.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;

/**
 * The process-wide meters a run reads: CPU time and heap peaks. CPU time covers every thread of
 * this JVM, so it includes the feed server's (small: it sends prepared bytes) but not a database
 * server's in another process.
 */
public final class ProcessMeters {

    private ProcessMeters() {}

    /** CPU time this JVM has used so far, or zero where the platform does not tell. */
    public static Duration cpuTime() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? Duration.ZERO : Duration.ofNanos(nanos);
        }
        return Duration.ZERO;
    }

    /**
     * Collects garbage and starts a new peak, so that {@link #peakHeapBytes()} tells what the work
     * from now on needed.
     */
    public static void startHeapPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * The highest heap use since {@link #startHeapPeak()}: the sum of each heap pool's peak. The
     * pools peak at different moments, so this is an upper bound; it includes garbage not yet
     * collected, so it depends on the maximum heap size given to the JVM.
     */
    public static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
