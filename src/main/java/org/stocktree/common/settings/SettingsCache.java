package org.stocktree.common.settings;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stocktree.platform.cache.SharedCache;

/**
 * The stored settings as the shared cache holds them: all global rows under one key, and each
 * user's rows under one key per user, each read with one statement when missing.
 *
 * <p>A write forgets the entry once its transaction has ended, on every node (the shared cache
 * tells the others through Redis). Forgetting only after the commit means a read racing the write
 * cannot put the old value back after it was forgotten, except in the window between its own read
 * and its own store; the time to live bounds how long such a value can survive.
 */
@ApplicationScoped
class SettingsCache {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final String GLOBAL = "settings:global";
    private static final String USER = "settings:user:";

    @PersistenceContext
    EntityManager em;

    @Inject
    SharedCache cache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    StoredValues global() {
        return cache.get(GLOBAL, StoredValues.class, TTL, () -> load(
                em.createQuery("select s.id, s.settingKey, s.text from GlobalSetting s", Object[].class)
                        .getResultList()));
    }

    StoredValues user(long userId) {
        return cache.get(USER + userId, StoredValues.class, TTL, () -> load(
                em.createQuery("select s.id, s.settingKey, s.text from UserSetting s where s.user.id = :user",
                        Object[].class).setParameter("user", userId).getResultList()));
    }

    void forgetGlobal() {
        forgetAfterTransaction(GLOBAL);
    }

    void forgetUser(long userId) {
        forgetAfterTransaction(USER + userId);
    }

    private void forgetAfterTransaction(String key) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            cache.invalidate(key);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                cache.invalidate(key);
            }
        });
    }

    private static StoredValues load(java.util.List<Object[]> rows) {
        Map<String, StoredValues.Row> values = new LinkedHashMap<>();
        for (Object[] row : rows) {
            values.put((String) row[1], new StoredValues.Row((Long) row[0], (String) row[2]));
        }
        return new StoredValues(values);
    }
}
