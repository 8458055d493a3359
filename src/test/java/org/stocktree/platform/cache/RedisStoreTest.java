package org.stocktree.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RedisStoreTest {

    private final AtomicLong now = new AtomicLong(0);

    @Test
    void aFailedCallMakesRedisCountAsDownForAFewSecondsThenRetries() {
        try (RedisStore redis = new RedisStore("redis://127.0.0.1:1", now::get)) {
            assertThat(redis.available()).isTrue();
            assertThat(redis.get("anything")).isEmpty();
            assertThat(redis.available()).as("down right after a failure").isFalse();
            now.addAndGet(4_999);
            assertThat(redis.available()).isFalse();
            now.addAndGet(1);
            assertThat(redis.available()).as("tried again after the pause").isTrue();
        }
    }

    @Test
    void aReachableRedisStoresAndCounts() {
        try (RedisStore redis = new RedisStore("redis://127.0.0.1:6379", now::get)) {
            String key = "redis-store-test:" + System.nanoTime();
            redis.set(key, "value", Duration.ofSeconds(30));
            assertThat(redis.get(key)).contains("value");
            assertThat(redis.increment(key + ":n", Duration.ofSeconds(30))).contains(1L);
            assertThat(redis.increment(key + ":n", Duration.ofSeconds(30))).contains(2L);
            redis.delete(key);
            assertThat(redis.get(key)).isEmpty();
            assertThat(redis.available()).isTrue();
        }
    }

    /** Several servers share one Redis by database number (the test lanes do): the URL's must count. */
    @Test
    void theDatabaseNamedInTheUrlIsTheOneUsed() {
        String key = "redis-store-test:db:" + System.nanoTime();
        try (RedisStore seven = new RedisStore("redis://127.0.0.1:6379/7", now::get);
                RedisStore zero = new RedisStore("redis://127.0.0.1:6379", now::get)) {
            seven.set(key, "in seven", Duration.ofSeconds(30));
            assertThat(seven.get(key)).contains("in seven");
            assertThat(zero.get(key)).isEmpty();
            seven.delete(key);
        }
    }
}
