package io.newsdesk.bench.ingest;

import java.util.Collection;

/**
 * The median of several measurements and their range.
 *
 * @param median the middle value (the mean of the two middle ones for an even count)
 * @param min the smallest
 * @param max the largest
 */
public record Distribution(double median, double min, double max) {

    /**
     * @throws IllegalArgumentException when there are no values
     */
    public static Distribution of(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Distribution(median, sorted[0], sorted[sorted.length - 1]);
    }
}
