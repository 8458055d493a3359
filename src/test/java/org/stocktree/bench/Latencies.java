package org.stocktree.bench;

import java.util.Arrays;

/**
 * What one load run measured: the latency percentiles of its operations (nearest rank, in
 * milliseconds) and their throughput over the run's wall-clock time.
 */
record Latencies(int count, int errors, double p50, double p95, double p99, double perSecond) {

    static final Latencies NONE = new Latencies(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** From the operations' durations in nanoseconds, measured by clients working for {@code seconds}. */
    static Latencies of(long[] nanos, int errors, double seconds) {
        if (nanos.length == 0) {
            return new Latencies(0, errors, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, errors, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
                millis(percentile(sorted, 99)), sorted.length / seconds);
    }

    /** The nearest-rank percentile: the smallest value that at least {@code p} % of the values do not exceed. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** How many times slower than {@code floor} (NaN when either is unknown or the floor is 0). */
    static double ratio(double value, double floor) {
        return Double.isNaN(value) || Double.isNaN(floor) || floor <= 0 ? Double.NaN : value / floor;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
