package org.stocktree.platform.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.stocktree.platform.rest.JsonMapping;

/**
 * The application's cache: fast answers for values that are read often and change rarely
 * (settings, permissions, counts), correct across several nodes.
 *
 * <p>Without Redis it is this node's memory. With Redis it has two layers: this node's memory in
 * front of Redis, which all nodes share. Changing a value means {@link #invalidate}: the key is
 * dropped here and in Redis, and a message on a Redis channel makes every other node drop it too.
 * While that channel is not connected, this node cannot hear about changes made elsewhere, so it
 * stops trusting its memory and reads through to Redis; while Redis itself is unreachable, values
 * come straight from their loader (the database). Either way requests keep succeeding.
 *
 * <p>Values go to Redis as JSON, so cache only plain data records, never entities.
 */
public class SharedCache implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SharedCache.class.getName());
    static final String INVALIDATION_CHANNEL = "invalidate";
    static final String EVERYTHING = "*";

    private final LocalStore local;
    private final RedisStore redis;
    private final InvalidationListener listener;

    /** This node's memory only. */
    public static SharedCache inProcess() {
        return new SharedCache(null, null);
    }

    /** Memory in front of Redis; the executor runs the thread that listens for invalidations. */
    public static SharedCache withRedis(String url, Executor listenerThread) {
        return new SharedCache(url, listenerThread);
    }

    private SharedCache(String redisUrl, Executor listenerThread) {
        this.local = new LocalStore(10_000, System::currentTimeMillis);
        if (redisUrl == null) {
            this.redis = null;
            this.listener = null;
            LOG.info("Cache: in-process (no Redis configured)");
        } else {
            this.redis = new RedisStore(redisUrl, System::currentTimeMillis);
            this.listener = new InvalidationListener(redis, local, INVALIDATION_CHANNEL);
            listenerThread.execute(listener);
            LOG.info(() -> "Cache: in-process in front of Redis at " + redis.address());
        }
    }

    /** The cached value, or the loader's answer (then cached for the time to live). */
    public <T> T get(String key, Class<T> type, Duration ttl, Supplier<T> loader) {
        if (redis == null) {
            return fromMemory(key, type, ttl, loader);
        }
        if (listener.listening()) {
            Object remembered = local.get(key);
            if (type.isInstance(remembered)) {
                return type.cast(remembered);
            }
        }
        Optional<T> shared = redis.get(key).flatMap(json -> decode(json, type));
        if (shared.isPresent()) {
            rememberIfListening(key, shared.get(), ttl);
            return shared.get();
        }
        T loaded = loader.get();
        if (loaded != null) {
            encode(loaded).ifPresent(json -> redis.set(key, json, ttl));
            rememberIfListening(key, loaded, ttl);
        }
        return loaded;
    }

    /** Forgets the key on every node. Call it after the change it reflects is committed. */
    public void invalidate(String key) {
        local.remove(key);
        if (redis != null) {
            redis.delete(key);
            redis.publish(INVALIDATION_CHANNEL, key);
        }
    }

    /**
     * Counts an event under the key and returns how many happened in the current window, across
     * all nodes when Redis is there (this node's count when it is not).
     */
    public long count(String key, Duration window) {
        if (redis != null) {
            Optional<Long> shared = redis.increment("count:" + key, window);
            if (shared.isPresent()) {
                return shared.get();
            }
        }
        return local.increment(key, window);
    }

    /** How many events were counted under the key in the current window, without counting one. */
    public long counted(String key) {
        if (redis != null) {
            Optional<Long> shared = redis.counted("count:" + key);
            if (shared.isPresent()) {
                return shared.get();
            }
        }
        return local.counted(key);
    }

    /** Whether invalidations from other nodes are reaching this node (always true without Redis). */
    boolean listening() {
        return listener == null || listener.listening();
    }

    /** Whether values are shared with other nodes through Redis (configured, not necessarily up). */
    public boolean shared() {
        return redis != null;
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.stop();
        }
        if (redis != null) {
            redis.close();
        }
    }

    private <T> T fromMemory(String key, Class<T> type, Duration ttl, Supplier<T> loader) {
        Object remembered = local.get(key);
        if (type.isInstance(remembered)) {
            return type.cast(remembered);
        }
        T loaded = loader.get();
        if (loaded != null) {
            local.put(key, loaded, ttl);
        }
        return loaded;
    }

    private void rememberIfListening(String key, Object value, Duration ttl) {
        if (listener.listening()) {
            local.put(key, value, ttl);
        }
    }

    private static <T> Optional<T> decode(String json, Class<T> type) {
        try {
            return Optional.of(JsonMapping.mapper().readValue(json, type));
        } catch (JsonProcessingException staleShape) {
            return Optional.empty(); // written by another version: reload instead
        }
    }

    private static Optional<String> encode(Object value) {
        try {
            return Optional.of(JsonMapping.mapper().writeValueAsString(value));
        } catch (JsonProcessingException notData) {
            LOG.warning(() -> "Not caching a " + value.getClass().getName() + ": " + notData.getOriginalMessage());
            return Optional.empty();
        }
    }
}
