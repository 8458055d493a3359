package org.stocktree.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;

/** What an item's row counts from other rows (view {@code stock_stockitem_totals}): read-only. */
@Entity
@Table(name = "stock_stockitem_totals")
public class StockItemTotals {

    @Id
    private Long id;

    /** Items installed in this one. */
    @Column(name = "installed_items")
    private long installedItems;

    /** Items split or serialized from this one. */
    @Column(name = "child_items")
    private long childItems;

    /** Entries of its history. */
    @Column(name = "tracking_items")
    private long trackingItems;

    protected StockItemTotals() {
    }

    /**
     * Reads the totals of these items in one statement, so that the items' own {@code totals}
     * find them in memory instead of reading a row each (what checks over many items need).
     */
    static void readFor(EntityManager em, Collection<Long> itemIds) {
        if (!itemIds.isEmpty()) {
            em.createQuery("select t from StockItemTotals t where t.id in :ids", StockItemTotals.class)
                    .setParameter("ids", itemIds).getResultList();
        }
    }

    public long getInstalledItems() {
        return installedItems;
    }

    public long getChildItems() {
        return childItems;
    }

    public long getTrackingItems() {
        return trackingItems;
    }
}
