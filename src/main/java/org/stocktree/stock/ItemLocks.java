package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Locks the stock items one operation changes ({@code SELECT ... FOR UPDATE}) in the order of
 * their ids, as the adjustments do, and re-reads them under the lock: concurrent operations on
 * the same items wait for each other, never deadlock, and check the current quantities.
 */
final class ItemLocks {

    private ItemLocks() {
    }

    static void lock(EntityManager em, StockItem... items) {
        Stream.of(items).filter(Objects::nonNull).distinct().sorted(Comparator.comparing(StockItem::getId))
                .forEach(item -> em.refresh(item, LockModeType.PESSIMISTIC_WRITE));
    }
}
