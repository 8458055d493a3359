package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.stocktree.part.Part;

/**
 * Locks the stock items one operation changes ({@code SELECT ... FOR UPDATE}), always in the
 * order of their ids, so concurrent operations on the same items wait for each other and never
 * deadlock, and every check is made against the current, locked state.
 *
 * <p>Items named by id ({@link #byId}) are read and locked together, in one statement however
 * many there are: a 1,000-item transfer costs one lock statement, not 1,000. The database takes
 * the row locks in the statement's order ({@code order by id}), which is what keeps two requests
 * from deadlocking. Items an operation has read already ({@link #lock(EntityManager, StockItem...)})
 * are re-read under the lock one by one, since a query would keep their stale state; those
 * operations concern one or two items.
 */
final class ItemLocks {

    /**
     * Ids per locking statement: PostgreSQL takes at most 32,767 parameters in one statement, so
     * only larger requests are locked in several statements (still in id order overall).
     */
    static final int IDS_PER_STATEMENT = 32_767;

    private ItemLocks() {
    }

    /**
     * Reads and locks the items with these ids (nulls and repeats ignored), answering them by id in
     * id order; ids of no item are left out. The items must not have been read in this transaction
     * yet.
     */
    static Map<Long, StockItem> byId(EntityManager em, Collection<Long> ids) {
        List<Long> ordered = new ArrayList<>(new TreeSet<>(ids.stream().filter(Objects::nonNull).toList()));
        Map<Long, StockItem> locked = new LinkedHashMap<>();
        for (int from = 0; from < ordered.size(); from += IDS_PER_STATEMENT) {
            List<Long> chunk = ordered.subList(from, Math.min(ordered.size(), from + IDS_PER_STATEMENT));
            em.createQuery("select i from StockItem i where i.id in :ids order by i.id", StockItem.class)
                    .setParameter("ids", chunk).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                    .forEach(item -> locked.put(item.getId(), item));
            readPartsAndLocations(em, chunk);
        }
        return locked;
    }

    /**
     * Reads the parts and locations of the items in two statements, so that the rules an operation
     * checks on each item (its part's flags, where it is) find them read already: items of a real
     * store are of many parts in many places, and each would otherwise cost a statement. They are
     * read, not locked: an operation changes items, not their parts or locations.
     */
    private static void readPartsAndLocations(EntityManager em, List<Long> ids) {
        em.createQuery("select p from Part p where p.id in (select i.part.id from StockItem i where i.id in :ids)", Part.class)
                .setParameter("ids", ids).getResultList();
        em.createQuery("select l from StockLocation l where l.id in "
                + "(select i.location.id from StockItem i where i.id in :ids)", StockLocation.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Locks items read already (nulls and repeats ignored), re-reading each under its lock. */
    static void lock(EntityManager em, StockItem... items) {
        Stream.of(items).filter(Objects::nonNull).distinct().sorted(Comparator.comparing(StockItem::getId))
                .forEach(item -> em.refresh(item, LockModeType.PESSIMISTIC_WRITE));
    }
}
