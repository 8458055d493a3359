package org.stocktree.platform.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * This node's memory: values with a time to live, and counters with a window.
 *
 * <p>Bounded: when it holds too many entries it first drops the expired ones, then everything
 * (a cache may always forget; it must never grow without limit).
 */
final class LocalStore {

    private record Entry(Object value, long expiresAt) {
    }

    private final Map<String, Entry> values = new ConcurrentHashMap<>();
    private final Map<String, Entry> counters = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final LongSupplier clock;

    LocalStore(int maxEntries, LongSupplier clockMillis) {
        this.maxEntries = maxEntries;
        this.clock = clockMillis;
    }

    Object get(String key) {
        Entry entry = values.get(key);
        if (entry == null) {
            return null;
        }
        if (entry.expiresAt <= clock.getAsLong()) {
            values.remove(key, entry);
            return null;
        }
        return entry.value;
    }

    void put(String key, Object value, Duration ttl) {
        if (values.size() >= maxEntries) {
            evict(values);
        }
        values.put(key, new Entry(value, clock.getAsLong() + ttl.toMillis()));
    }

    void remove(String key) {
        values.remove(key);
    }

    void clear() {
        values.clear();
    }

    /** Adds one to the counter and returns the new count; the count restarts after the window. */
    long increment(String key, Duration window) {
        long now = clock.getAsLong();
        if (counters.size() >= maxEntries) {
            evict(counters);
        }
        Entry updated = counters.compute(key, (k, entry) -> entry == null || entry.expiresAt <= now
                ? new Entry(new AtomicLong(1), now + window.toMillis())
                : new Entry(new AtomicLong(((AtomicLong) entry.value).get() + 1), entry.expiresAt));
        return ((AtomicLong) updated.value).get();
    }

    /** The counter's current value (0 when absent or expired), without counting. */
    long counted(String key) {
        Entry entry = counters.get(key);
        return entry == null || entry.expiresAt <= clock.getAsLong() ? 0 : ((AtomicLong) entry.value).get();
    }

    int size() {
        return values.size();
    }

    private void evict(Map<String, Entry> map) {
        long now = clock.getAsLong();
        map.values().removeIf(entry -> entry.expiresAt <= now);
        if (map.size() >= maxEntries) {
            map.clear();
        }
    }
}
