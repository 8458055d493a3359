package org.stocktree.platform.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the application's one {@link SharedCache} from configuration ({@code stocktree.redis.url}). */
@ApplicationScoped
public class CacheSetup {

    @Inject
    @ConfigProperty(name = "stocktree.redis.url")
    Optional<String> redisUrl;

    @Resource
    ManagedThreadFactory threads;

    @Produces
    @Singleton
    SharedCache sharedCache() {
        return redisUrl.filter(url -> !url.isBlank())
                .map(url -> SharedCache.withRedis(url.trim(), task -> threads.newThread(task).start()))
                .orElseGet(SharedCache::inProcess);
    }

    void close(@Disposes SharedCache cache) {
        cache.close();
    }
}
