package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.stocktree.common.attachments.AttachmentFiles;
import org.stocktree.common.tags.Tags;

/**
 * Deletes a location as InvenTree does. Its stock items move to its parent (or are deleted with
 * {@code delete_stock_items}); its sub-locations move to its parent with their own subtrees (or
 * are deleted with {@code delete_sub_locations}, their items then moving up or being deleted too).
 */
final class LocationRemoval {

    private final EntityManager em;
    private final Tags tags;
    private final AttachmentFiles files;
    private final StockLocation location;

    LocationRemoval(EntityManager em, Tags tags, AttachmentFiles files, StockLocation location) {
        this.em = em;
        this.tags = tags;
        this.files = files;
        this.location = location;
    }

    void run(boolean deleteStockItems, boolean deleteSubLocations) {
        StockLocation parent = location.getParent();
        String subtree = location.treePath().subtreePattern();
        String itemsScope = deleteSubLocations
                ? "i.location.id in (select l.id from StockLocation l where l.treePath like :scope)"
                : "i.location.id = :scope";
        Object scope = deleteSubLocations ? subtree : location.getId();
        em.flush();
        if (deleteStockItems) {
            List<Long> doomed = em.createQuery("select i.id from StockItem i where " + itemsScope, Long.class)
                    .setParameter("scope", scope).getResultList();
            new StockItemRemoval(em, tags, files).remove(doomed);
        } else {
            // as InvenTree moves them: straight to the parent, in one statement and without history
            em.createQuery("update versioned StockItem i set i.location = :parent where " + itemsScope)
                    .setParameter("parent", parent).setParameter("scope", scope).executeUpdate();
        }
        if (deleteSubLocations) {
            em.createQuery("select l.id from StockLocation l where l.treePath like :subtree and l.id <> :id", Long.class)
                    .setParameter("subtree", subtree).setParameter("id", location.getId()).getResultList()
                    .forEach(id -> tags.removeAll(LocationRows.MODEL, id));
            // the parent links go first, so no row of the subtree is deleted while another points at it
            em.createQuery("update StockLocation l set l.parent = null where l.treePath like :subtree and l.id <> :id")
                    .setParameter("subtree", subtree).setParameter("id", location.getId()).executeUpdate();
            em.createQuery("delete from StockLocation l where l.treePath like :subtree and l.id <> :id")
                    .setParameter("subtree", subtree).setParameter("id", location.getId()).executeUpdate();
        } else {
            List<StockLocation> children = em.createQuery("select l from StockLocation l where l.parent.id = :id",
                    StockLocation.class).setParameter("id", location.getId()).getResultList();
            for (StockLocation child : children) {
                child.moveUnder(parent, em);
            }
        }
        em.flush();
        tags.removeAll(LocationRows.MODEL, location.getId());
        em.remove(location);
    }
}
