package org.stocktree.platform.cache;

import java.util.logging.Logger;
import redis.clients.jedis.JedisPubSub;

/**
 * Listens on the Redis invalidation channel and drops the named keys from this node's memory.
 *
 * <p>Runs on its own thread, reconnecting after failures. Whenever it (re)subscribes it clears
 * this node's memory, because invalidations sent while it was away are lost.
 */
final class InvalidationListener extends JedisPubSub implements Runnable {

    private static final Logger LOG = Logger.getLogger(InvalidationListener.class.getName());
    private static final long RECONNECT_MILLIS = 2_000;

    private final RedisStore redis;
    private final LocalStore local;
    private final String channel;
    private volatile boolean listening;
    private volatile boolean stopped;

    InvalidationListener(RedisStore redis, LocalStore local, String channel) {
        this.redis = redis;
        this.local = local;
        this.channel = channel;
    }

    /** Whether invalidations from other nodes are reaching this node right now. */
    boolean listening() {
        return listening;
    }

    @Override
    public void run() {
        while (!stopped) {
            try {
                redis.subscribe(this, channel);
            } catch (RuntimeException failure) {
                if (!stopped) {
                    redis.markDown(failure);
                }
            } finally {
                listening = false;
            }
            pause();
        }
    }

    @Override
    public void onSubscribe(String subscribedChannel, int subscribedChannels) {
        local.clear();
        listening = true;
    }

    @Override
    public void onMessage(String fromChannel, String key) {
        if (SharedCache.EVERYTHING.equals(key)) {
            local.clear();
        } else {
            local.remove(key);
        }
    }

    void stop() {
        stopped = true;
        listening = false;
        try {
            if (isSubscribed()) {
                unsubscribe();
            }
        } catch (RuntimeException alreadyClosed) {
            LOG.fine("Invalidation channel already closed");
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
