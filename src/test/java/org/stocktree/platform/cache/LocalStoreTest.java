package org.stocktree.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalStoreTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final LocalStore store = new LocalStore(3, now::get);

    @Test
    void valuesExpireAfterTheirTimeToLive() {
        store.put("a", "one", Duration.ofSeconds(10));
        now.addAndGet(9_999);
        assertThat(store.get("a")).isEqualTo("one");
        now.addAndGet(1);
        assertThat(store.get("a")).isNull();
    }

    @Test
    void neverHoldsMoreThanItsBound() {
        for (int i = 0; i < 10; i++) {
            store.put("k" + i, i, Duration.ofMinutes(1));
        }
        assertThat(store.size()).isLessThanOrEqualTo(3);
        assertThat(store.get("k9")).isEqualTo(9);
    }

    @Test
    void expiredEntriesAreDroppedBeforeLiveOnes() {
        store.put("old", 1, Duration.ofSeconds(1));
        store.put("live1", 2, Duration.ofMinutes(1));
        store.put("live2", 3, Duration.ofMinutes(1));
        now.addAndGet(2_000);
        store.put("new", 4, Duration.ofMinutes(1));
        assertThat(store.get("live1")).isEqualTo(2);
        assertThat(store.get("new")).isEqualTo(4);
    }

    @Test
    void countersCountWithinTheirWindowThenRestart() {
        assertThat(store.increment("login:bob", Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(store.increment("login:bob", Duration.ofSeconds(60))).isEqualTo(2);
        assertThat(store.increment("login:eve", Duration.ofSeconds(60))).isEqualTo(1);
        now.addAndGet(60_000);
        assertThat(store.increment("login:bob", Duration.ofSeconds(60))).isEqualTo(1);
    }
}
