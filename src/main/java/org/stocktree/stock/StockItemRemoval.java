package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import org.stocktree.common.attachments.AttachmentFiles;
import org.stocktree.common.tags.Tags;

/**
 * Deletes stock items. Their history stays (tracking entries keep the part and lose the item, as
 * in InvenTree), items installed in them or split from them stay too, without that link. Their
 * test results go with them (in SQL), and the results' files once the deletion has committed.
 */
final class StockItemRemoval {

    /** The model name tags and metadata know items by. */
    static final String MODEL = "stockitem";

    private final EntityManager em;
    private final Tags tags;
    private final AttachmentFiles files;

    StockItemRemoval(EntityManager em, Tags tags, AttachmentFiles files) {
        this.em = em;
        this.tags = tags;
        this.files = files;
    }

    void remove(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.flush();
        ids.forEach(id -> tags.removeAll(MODEL, id));
        em.createQuery("select r.attachment from StockItemTestResult r where r.stockItem.id in :ids "
                + "and r.attachment is not null", String.class).setParameter("ids", ids).getResultList()
                .forEach(files::deleteAfterCommit);
        em.createQuery("update versioned StockItem i set i.belongsTo = null where i.belongsTo.id in :ids")
                .setParameter("ids", ids).executeUpdate();
        em.createQuery("update versioned StockItem i set i.parent = null where i.parent.id in :ids")
                .setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("update stock_stockitemtracking set item_id = null where item_id in (:ids)")
                .setParameter("ids", ids).executeUpdate();
        em.createQuery("delete from StockItem i where i.id in :ids").setParameter("ids", ids).executeUpdate();
    }
}
