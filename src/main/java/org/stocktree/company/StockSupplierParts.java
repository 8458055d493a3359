package org.stocktree.company;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.common.tags.Tags;

/**
 * The supplier parts a page of stock items names, read once for the page: their SKU and MPN,
 * which every stock row shows, or with {@code supplier_part_detail} the supplier part rows.
 */
public final class StockSupplierParts {

    /** What a stock row shows of its supplier part. */
    public record Names(String sku, String mpn) {
    }

    private final EntityManager em;
    private final Tags tags;

    public StockSupplierParts(EntityManager em, Tags tags) {
        this.em = em;
        this.tags = tags;
    }

    /** SKU and MPN of each supplier part, in one statement (none for no ids). */
    public Map<Long, Names> names(Collection<Long> ids) {
        Map<Long, Names> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select s.id, s.sku, m.mpn from SupplierPart s left join s.manufacturerPart m "
                    + "where s.id in :ids", Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(found -> names.put((Long) found[0], new Names((String) found[1], (String) found[2])));
        }
        return names;
    }

    /** The supplier parts as their own endpoint shows them, in a fixed number of statements. */
    public Map<Long, SupplierPartRow> rows(Collection<Long> ids) {
        Map<Long, SupplierPartRow> rows = new HashMap<>();
        if (!ids.isEmpty()) {
            CriteriaBuilder builder = em.getCriteriaBuilder();
            CriteriaQuery<SupplierPart> query = builder.createQuery(SupplierPart.class);
            Root<SupplierPart> root = query.from(SupplierPart.class);
            root.fetch("part");
            root.fetch("supplier");
            root.fetch("manufacturerPart", JoinType.LEFT).fetch("manufacturer", JoinType.LEFT);
            List<SupplierPart> parts = em.createQuery(query.select(root).where(root.get("id").in(ids)))
                    .getResultList();
            new SupplierPartRows(em, tags, new SupplierPartRows.Details(false, false, false, false, false, false))
                    .of(parts).forEach(row -> rows.put(row.pk(), row));
        }
        return rows;
    }
}
