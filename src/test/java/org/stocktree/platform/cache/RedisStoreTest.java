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

    @Test
    void theDatabaseNumberOfTheUrlIsUsed() {
        String key = "redis-store-db-test:" + System.nanoTime();
        try (RedisStore numbered = new RedisStore("redis://127.0.0.1:6379/13", now::get);
                RedisStore first = new RedisStore("redis://127.0.0.1:6379", now::get)) {
            numbered.set(key, "in 13", Duration.ofSeconds(30));
            assertThat(numbered.get(key)).contains("in 13");
            assertThat(first.get(key)).as("database 0 must not see it").isEmpty();
            numbered.delete(key);
        }
    }
}
