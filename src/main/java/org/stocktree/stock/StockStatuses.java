package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.stocktree.common.StatusCode;
import org.stocktree.platform.rest.FieldErrors;

/**
 * Reads a stock status as sent: one of {@link StockStatus}'s values, or the key of a custom state
 * of {@code StockStatus}, which stands for its logical (built-in) value and is kept beside it.
 */
final class StockStatuses {

    /** The stored status and, for a custom state, its key. */
    record Resolved(int status, Integer customKey) {
    }

    private StockStatuses() {
    }

    static Resolved resolve(EntityManager em, Long sent, String field) {
        if (sent == null) {
            throw FieldErrors.of(field, "This field may not be null.");
        }
        if (StatusCode.of(StockStatus.class, sent.intValue()).isPresent() && sent <= Integer.MAX_VALUE) {
            return new Resolved(sent.intValue(), null);
        }
        List<Long> logical = em.createQuery("select c.logicalKey from CustomState c "
                        + "where c.referenceStatus = 'StockStatus' and c.stateKey = :key", Long.class)
                .setParameter("key", sent).setMaxResults(1).getResultList();
        if (logical.isEmpty()) {
            throw FieldErrors.of(field, "\"" + sent + "\" is not a valid choice.");
        }
        return new Resolved(logical.get(0).intValue(), sent.intValue());
    }

    /** The label of a stored status, a custom state's when it has one. */
    static String label(int status, Integer customKey, java.util.Map<Long, String> customLabels) {
        if (customKey != null && customLabels.containsKey(customKey.longValue())) {
            return customLabels.get(customKey.longValue());
        }
        return StatusCode.of(StockStatus.class, status).map(StockStatus::label).orElse(String.valueOf(status));
    }
}
