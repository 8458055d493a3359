package org.stocktree.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cache against the real local Redis (127.0.0.1:6379, started by the CI script), with two
 * instances standing for two nodes of a cluster.
 */
class SharedCacheTest {

    private static final String REDIS = "redis://127.0.0.1:6379";
    private static final Duration TTL = Duration.ofMinutes(5);

    /** A record such as features cache: plain data. */
    public record Settings(String name, int limit) {
    }

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final String key = "test:" + UUID.randomUUID();

    @AfterEach
    void stopListeners() {
        threads.shutdownNow();
    }

    @Test
    void inProcessCacheCallsTheLoaderOnceUntilInvalidated() {
        try (SharedCache cache = SharedCache.inProcess()) {
            AtomicInteger loads = new AtomicInteger();
            for (int i = 0; i < 5; i++) {
                assertThat(cache.get(key, Settings.class, TTL, () -> new Settings("x", loads.incrementAndGet())))
                        .isEqualTo(new Settings("x", 1));
            }
            cache.invalidate(key);
            assertThat(cache.get(key, Settings.class, TTL, () -> new Settings("x", loads.incrementAndGet())).limit())
                    .isEqualTo(2);
            assertThat(cache.shared()).isFalse();
        }
    }

    @Test
    void nodesShareValuesThroughRedis() {
        try (SharedCache nodeA = SharedCache.withRedis(REDIS, threads::execute);
                SharedCache nodeB = SharedCache.withRedis(REDIS, threads::execute)) {
            assertThat(nodeA.get(key, Settings.class, TTL, () -> new Settings("from A", 1)).name()).isEqualTo("from A");
            assertThat(nodeB.get(key, Settings.class, TTL, () -> new Settings("from B", 2)).name())
                    .as("B finds A's value in Redis instead of loading its own").isEqualTo("from A");
            nodeA.invalidate(key);
        }
    }

    @Test
    void anInvalidationOnOneNodeReachesTheOthersMemory() {
        try (SharedCache nodeA = SharedCache.withRedis(REDIS, threads::execute);
                SharedCache nodeB = SharedCache.withRedis(REDIS, threads::execute)) {
            awaitTrue(() -> listening(nodeA) && listening(nodeB));
            AtomicInteger version = new AtomicInteger(1);
            assertThat(nodeB.get(key, Settings.class, TTL, () -> new Settings("v", version.get())).limit()).isEqualTo(1);
            // B now remembers v1 in its own memory; A changes the value and invalidates.
            version.set(2);
            nodeA.invalidate(key);
            awaitTrue(() -> nodeB.get(key, Settings.class, TTL, () -> new Settings("v", version.get())).limit() == 2);
            nodeA.invalidate(key);
        }
    }

    @Test
    void countsAreSharedAcrossNodes() {
        try (SharedCache nodeA = SharedCache.withRedis(REDIS, threads::execute);
                SharedCache nodeB = SharedCache.withRedis(REDIS, threads::execute)) {
            assertThat(nodeA.count(key, Duration.ofMinutes(1))).isEqualTo(1);
            assertThat(nodeB.count(key, Duration.ofMinutes(1))).isEqualTo(2);
            assertThat(nodeA.count(key, Duration.ofMinutes(1))).isEqualTo(3);
        }
    }

    @Test
    void countsCanBeReadWithoutCounting() {
        try (SharedCache local = SharedCache.inProcess();
                SharedCache nodeA = SharedCache.withRedis(REDIS, threads::execute);
                SharedCache nodeB = SharedCache.withRedis(REDIS, threads::execute)) {
            assertThat(local.counted(key)).isZero();
            local.count(key, Duration.ofMinutes(1));
            assertThat(local.counted(key)).isEqualTo(1);
            assertThat(local.counted(key)).isEqualTo(1);

            assertThat(nodeB.counted(key)).isZero();
            nodeA.count(key, Duration.ofMinutes(1));
            nodeA.count(key, Duration.ofMinutes(1));
            assertThat(nodeB.counted(key)).isEqualTo(2);
        }
    }

    @Test
    void anUnreachableRedisFallsBackToTheLoaderQuickly() {
        try (SharedCache cache = SharedCache.withRedis("redis://127.0.0.1:1", threads::execute)) {
            AtomicInteger loads = new AtomicInteger();
            for (int i = 0; i < 50; i++) {
                assertThat(cache.get(key, Settings.class, TTL, () -> new Settings("db", loads.incrementAndGet())).name())
                        .isEqualTo("db");
            }
            assertThat(loads.get()).as("values come from the loader while Redis is down").isEqualTo(50);
            cache.invalidate(key);
            assertThat(cache.count(key, Duration.ofMinutes(1))).isEqualTo(1);
            assertThat(cache.count(key, Duration.ofMinutes(1))).isEqualTo(2);
        }
    }

    private static boolean listening(SharedCache cache) {
        return cache.listening();
    }

    private static void awaitTrue(BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("condition not met within 10 s");
    }
}
