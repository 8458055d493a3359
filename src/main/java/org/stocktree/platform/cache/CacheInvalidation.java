package org.stocktree.platform.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Forgets cached keys when the change they reflect commits. Forgetting only before the commit
 * would let a request that reads in between put the old value back for its whole time to live;
 * so the key is dropped now (this node stops serving it) and again, on every node, after commit.
 */
@ApplicationScoped
public class CacheInvalidation {

    @Inject
    SharedCache cache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void afterCommit(String key) {
        cache.invalidate(key);
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do until the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cache.invalidate(key);
                }
            }
        });
    }
}
