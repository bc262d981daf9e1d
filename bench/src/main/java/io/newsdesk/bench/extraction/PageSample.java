package io.newsdesk.bench.extraction;

import java.util.Arrays;

/**
 * Summary figures of one value measured per page (a time, an allocation): median, mean, 95th
 * percentile and maximum over the pages.
 */
record PageSample(double median, double mean, double p95, double max) {

    /**
     * @throws IllegalArgumentException when there are no values
     */
    static PageSample of(double[] perPage) {
        if (perPage.length == 0) {
            throw new IllegalArgumentException("no pages");
        }
        double[] sorted = perPage.clone();
        Arrays.sort(sorted);
        return new PageSample(median(sorted), Arrays.stream(sorted).average().orElseThrow(),
                percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    /** The median of values measured several times (the middle one, or the mean of the two). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
