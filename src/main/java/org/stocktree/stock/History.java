package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import java.util.Map;
import org.stocktree.users.User;

/**
 * Writes tracking entries: every change of an item records what happened, by whom and the
 * deltas, in the transaction of the change itself, so history and stock never disagree.
 */
final class History {

    private final EntityManager em;
    private final User user;

    History(EntityManager em, User user) {
        this.em = em;
        this.user = user;
    }

    void record(StockItem item, StockHistoryCode code, String notes, Map<String, Object> deltas) {
        em.persist(new StockItemTracking(item, code, user, notes == null || notes.isBlank() ? null : notes, deltas));
    }

    /** Deltas as InvenTree records them, from names and values in turn ({@code "stockitem", 5, ...}). */
    static Map<String, Object> deltas(Object... namesAndValues) {
        Map<String, Object> deltas = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            deltas.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return deltas;
    }
}
