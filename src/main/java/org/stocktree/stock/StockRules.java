package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashSet;
import java.util.Set;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.part.Part;

/** The stock settings the item rules read, taken once per request. */
record StockRules(boolean serialsGloballyUnique, boolean deleteDepletedDefault, boolean expiryEnabled, long staleDays) {

    static StockRules of(GlobalSettings settings) {
        return new StockRules(settings.bool("SERIAL_NUMBER_GLOBALLY_UNIQUE"),
                settings.bool("STOCK_DELETE_DEPLETED_DEFAULT"), settings.bool("STOCK_ENABLE_EXPIRY"),
                settings.integer("STOCK_STALE_DAYS"));
    }

    /**
     * Whether another item already has the serial: among the part's template and all its variants
     * (one part tree), or among all items when serials are globally unique.
     */
    boolean serialTaken(EntityManager em, Part part, String serial, Long exceptId) {
        TypedQuery<Long> query = scoped(em, "select i.id from StockItem i where i.serial = :serial"
                + (exceptId == null ? "" : " and i.id <> :except"), "", Long.class, part)
                .setParameter("serial", serial);
        if (exceptId != null) {
            query.setParameter("except", exceptId);
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    /** The serials in use where the part's serials must be unique. */
    Set<String> serialsInUse(EntityManager em, Part part) {
        return new HashSet<>(scoped(em, "select i.serial from StockItem i where i.serial is not null", "",
                String.class, part).getResultList());
    }

    /** The highest serial in use (by its number, then its text), which {@code ~} continues from. */
    String latestSerial(EntityManager em, Part part) {
        return scoped(em, "select i.serial from StockItem i where i.serial is not null",
                " order by i.serialInt desc, i.serial desc", String.class, part)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private <T> TypedQuery<T> scoped(EntityManager em, String select, String order, Class<T> type, Part part) {
        if (serialsGloballyUnique) {
            return em.createQuery(select + order, type);
        }
        return em.createQuery(select + " and i.part.treeId = :tree" + order, type).setParameter("tree", part.getTreeId());
    }
}
