package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.stocktree.common.attachments.AttachmentFiles;
import org.stocktree.common.tags.Tags;

/**
 * Deletes stock items. Their history stays (tracking entries keep the part and lose the item, as
 * in InvenTree), items installed in them stay too, without that link, and items split from them
 * take their parent as InvenTree's pre-delete handler does (the nearest ancestor not deleted with
 * them), so a merged-away item's children stay in the family tree. Their test results go with
 * them (in SQL), and the results' files once the deletion has committed.
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
        tags.removeAll(MODEL, ids);
        em.createQuery("select r.attachment from StockItemTestResult r where r.stockItem.id in :ids "
                + "and r.attachment is not null", String.class).setParameter("ids", ids).getResultList()
                .forEach(files::deleteAfterCommit);
        em.createQuery("update versioned StockItem i set i.belongsTo = null where i.belongsTo.id in :ids")
                .setParameter("ids", ids).executeUpdate();
        relinkChildren(ids);
        em.createNativeQuery("update stock_stockitemtracking set item_id = null where item_id in (:ids)")
                .setParameter("ids", ids).executeUpdate();
        em.createQuery("delete from StockItem i where i.id in :ids").setParameter("ids", ids).executeUpdate();
    }

    /**
     * Gives the children of the deleted items the nearest ancestor that stays (or none), in one
     * statement for all: each child's new parent is chosen by its old one.
     */
    private void relinkChildren(Collection<Long> ids) {
        Set<Long> removed = new HashSet<>(ids);
        Map<Long, Long> parents = new HashMap<>();
        for (Object[] row : em.createQuery("select i.id, i.parent.id from StockItem i where i.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            parents.put((Long) row[0], (Long) row[1]);
        }
        StringBuilder newParent = new StringBuilder("case");
        boolean anyAncestor = false;
        for (Long id : removed) {
            Long ancestor = parents.get(id);
            Set<Long> visited = new HashSet<>();
            while (ancestor != null && removed.contains(ancestor) && visited.add(ancestor)) {
                ancestor = parents.get(ancestor);
            }
            if (ancestor != null && !removed.contains(ancestor)) {
                // ids are numbers read from the database, written into the statement as they are
                newParent.append(" when parent_id = ").append(id).append(" then ").append(ancestor);
                anyAncestor = true;
            }
        }
        newParent.append(" else null end");
        String parent = anyAncestor ? newParent.toString() : "null";
        // a version change, as every update of an item makes (see VersionedEntity)
        em.createNativeQuery("update stock_stockitem set parent_id = " + parent + ", version = version + 1 "
                + "where parent_id in (:ids)").setParameter("ids", ids).executeUpdate();
    }
}
