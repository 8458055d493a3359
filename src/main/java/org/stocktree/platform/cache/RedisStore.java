package org.stocktree.platform.cache;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.util.JedisURIHelper;
import redis.clients.jedis.RedisClient;

/**
 * Redis, used so that it can never take the application down.
 *
 * <p>Every call has short timeouts. When a call fails, Redis counts as down for a few seconds and
 * callers get nothing back at once (so each request does not wait for a timeout); the outage and
 * the recovery are logged once each.
 */
final class RedisStore implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RedisStore.class.getName());
    private static final long RETRY_AFTER_MILLIS = 5_000;
    static final String PREFIX = "stocktree:";

    private final RedisClient client;
    private final String address;
    private final LongSupplier clock;
    private volatile long downUntil;
    private volatile boolean down;

    RedisStore(String url, LongSupplier clockMillis) {
        URI uri = URI.create(url);
        this.address = uri.getHost() + ":" + uri.getPort();
        this.clock = clockMillis;
        // The client configuration replaces what fromURI read, so the URL's database and
        // credentials are carried over here; without them every server would share database 0.
        this.client = RedisClient.builder()
                .fromURI(uri)
                .clientConfig(DefaultJedisClientConfig.builder()
                        .connectionTimeoutMillis(500)
                        .socketTimeoutMillis(1_000)
                        .blockingSocketTimeoutMillis(0)
                        .database(JedisURIHelper.getDBIndex(uri))
                        .user(JedisURIHelper.getUser(uri))
                        .password(JedisURIHelper.getPassword(uri))
                        .ssl(JedisURIHelper.isRedisSSLScheme(uri))
                        .build())
                .build();
    }

    /** Whether a call is worth trying now (false while Redis counts as down). */
    boolean available() {
        return !down || clock.getAsLong() >= downUntil;
    }

    Optional<String> get(String key) {
        return call(() -> client.get(PREFIX + key));
    }

    void set(String key, String value, Duration ttl) {
        call(() -> client.setex(PREFIX + key, Math.max(1, ttl.toSeconds()), value));
    }

    void delete(String key) {
        call(() -> client.del(PREFIX + key));
    }

    void publish(String channel, String message) {
        call(() -> client.publish(PREFIX + channel, message));
    }

    /** The counter after adding one, or empty when Redis could not be asked. */
    Optional<Long> increment(String key, Duration window) {
        return call(() -> {
            long count = client.incr(PREFIX + key);
            if (count == 1) {
                client.expire(PREFIX + key, Math.max(1, window.toSeconds()));
            }
            return count;
        });
    }

    /** The counter's current value, or empty when Redis could not be asked. */
    Optional<Long> counted(String key) {
        if (!available()) {
            return Optional.empty();
        }
        try {
            String value = client.get(PREFIX + key);
            return Optional.of(value == null ? 0L : Long.parseLong(value));
        } catch (RuntimeException failure) {
            markDown(failure);
            return Optional.empty();
        }
    }

    /** Blocks, delivering messages of the channel to the listener, until unsubscribed or failed. */
    void subscribe(JedisPubSub listener, String channel) {
        client.subscribe(listener, PREFIX + channel);
    }

    String address() {
        return address;
    }

    private <T> Optional<T> call(Supplier<T> command) {
        if (!available()) {
            return Optional.empty();
        }
        try {
            T result = command.get();
            if (down) {
                down = false;
                LOG.info(() -> "Redis at " + address + " is reachable again");
            }
            return Optional.ofNullable(result);
        } catch (RuntimeException failure) {
            markDown(failure);
            return Optional.empty();
        }
    }

    void markDown(Exception failure) {
        downUntil = clock.getAsLong() + RETRY_AFTER_MILLIS;
        if (!down) {
            down = true;
            LOG.warning(() -> "Redis at " + address + " is unreachable (" + failure.getMessage()
                    + "); serving from the database until it is back");
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
