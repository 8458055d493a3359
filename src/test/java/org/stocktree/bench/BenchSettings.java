package org.stocktree.bench;

import java.time.Duration;

/**
 * How hard and how long the benchmark runs; every value a system property with a default
 * ({@code bench.clients}, {@code bench.seconds}, ...), see docs/performance.md.
 *
 * @param iterations operations per client in the measured part; 0 runs for {@code duration} instead
 * @param probes sequential calls per scenario that count statements and rows
 * @param statsSettle how long to wait for PostgreSQL to publish its row counters (a backend may hold them up to 10 s)
 */
record BenchSettings(int clients, int mixedClients, Duration warmup, int warmupIterations, Duration duration,
        int iterations, int probes, Duration statsSettle, int transferItems, int countItems, int mixedTransferItems) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(integer("bench.clients", 8), integer("bench.mixed-clients", 16),
                Duration.ofSeconds(integer("bench.warmup-seconds", 3)), integer("bench.warmup-iterations", 0),
                Duration.ofSeconds(integer("bench.seconds", 10)), integer("bench.iterations", 0),
                integer("bench.probes", 3), Duration.ofMillis(integer("bench.stats-settle-ms", 11_000)),
                integer("bench.transfer-items", 1000), integer("bench.count-items", 500),
                integer("bench.mixed-transfer-items", 100));
    }

    private static int integer(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)));
    }
}
