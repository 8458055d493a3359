package org.stocktree.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one operation from several concurrent clients: first a warm-up whose timings are thrown
 * away, then the measured part, for a duration or a number of operations per client.
 */
final class LoadRun {

    /** One operation of client {@code client} (0-based); answers the SQL statements it ran, or -1 if unknown. */
    @FunctionalInterface
    interface Operation {
        long call(int client, int iteration) throws Exception;
    }

    private LoadRun() {
    }

    static Latencies measure(int clients, BenchSettings settings, Operation operation) throws InterruptedException {
        run(clients, settings.warmup(), settings.warmupIterations(), operation, 0);
        return run(clients, settings.duration(), settings.iterations(), operation, 1_000_000);
    }

    /** Stops after {@code duration}, or after {@code iterations} operations per client when that is above 0. */
    private static Latencies run(int clients, Duration duration, int iterations, Operation operation, int firstIteration)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try {
            List<Future<long[]>> results = new ArrayList<>();
            int[] errors = new int[clients];
            for (int c = 0; c < clients; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    long[] nanos = new long[64];
                    int done = 0;
                    for (int i = 0; iterations > 0 ? i < iterations : System.nanoTime() < end; i++) {
                        long before = System.nanoTime();
                        try {
                            operation.call(client, firstIteration + i);
                        } catch (Exception failed) {
                            if (errors[client]++ == 0) {
                                System.err.println("bench: " + failed);
                            }
                            continue;
                        }
                        if (done == nanos.length) {
                            nanos = java.util.Arrays.copyOf(nanos, done * 2);
                        }
                        nanos[done++] = System.nanoTime() - before;
                    }
                    return java.util.Arrays.copyOf(nanos, done);
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                for (long nanos : result.get()) {
                    all.add(nanos);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return Latencies.of(all.stream().mapToLong(Long::longValue).toArray(),
                    java.util.Arrays.stream(errors).sum(), seconds);
        } catch (java.util.concurrent.ExecutionException failed) {
            throw new IllegalStateException(failed.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
