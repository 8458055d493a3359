package org.stocktree.company;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.common.tags.Tags;

/**
 * Turns a page of supplier parts into rows. Parts, suppliers and manufacturer parts come with the
 * page's own statement; the stock of each, the tags and (when asked) the price breaks are read
 * once for the page, so a page costs the same statements whatever its size.
 */
final class SupplierPartRows {

    /** Which details a request asked for. */
    record Details(boolean part, boolean supplier, boolean manufacturer, boolean manufacturerPart, boolean pretty,
            boolean priceBreaks) {
    }

    private final EntityManager em;
    private final Tags tags;
    private final Details details;

    SupplierPartRows(EntityManager em, Tags tags, Details details) {
        this.em = em;
        this.tags = tags;
        this.details = details;
    }

    List<SupplierPartRow> of(List<SupplierPart> parts) {
        if (parts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = parts.stream().map(SupplierPart::getId).toList();
        Map<Long, BigDecimal> inStock = inStock(ids);
        Map<Long, List<String>> tagNames = tags.ofAll(SupplierPartResource.MODEL, ids);
        Map<Long, List<PriceBreakRow>> breaks = new HashMap<>();
        if (details.priceBreaks()) {
            em.createQuery("select b from SupplierPriceBreak b where b.partId in :ids order by b.quantity",
                    SupplierPriceBreak.class).setParameter("ids", ids).getResultList()
                    .forEach(found -> breaks.computeIfAbsent(found.partId(), id -> new ArrayList<>())
                            .add(PriceBreakRow.of(found, null, null)));
        }
        List<SupplierPartRow> rows = new ArrayList<>();
        for (SupplierPart part : parts) {
            ManufacturerPart made = part.getManufacturerPart();
            rows.add(new SupplierPartRow(part.getId(), part.partId(),
                    details.part() ? PartBrief.of(part.getPart()) : null,
                    details.pretty() ? prettyName(part) : null, part.supplierId(),
                    details.supplier() ? CompanyRow.Brief.of(part.getSupplier()) : null, part.manufacturerPartId(),
                    details.manufacturerPart() && made != null
                            ? ManufacturerPartRow.of(made, false, false, false, List.of()) : null,
                    details.manufacturer() && made != null ? CompanyRow.Brief.of(made.getManufacturer()) : null,
                    made == null ? null : made.getMpn(), part.getSku(), part.getDescription(), part.getLink(),
                    part.getNote(), part.getPackaging(), part.getPackQuantity(),
                    part.getPackQuantityNative().doubleValue(), part.isActive(), part.isPrimary(),
                    part.getAvailable().doubleValue(), part.getAvailabilityUpdated(),
                    inStock.getOrDefault(part.getId(), BigDecimal.ZERO).doubleValue(),
                    // nothing is on order until purchase orders exist
                    0.0, part.getBarcodeHash(), part.getUpdated(), part.getNotes(),
                    details.priceBreaks() ? breaks.getOrDefault(part.getId(), List.of()) : null,
                    tagNames.getOrDefault(part.getId(), List.of())));
        }
        return rows;
    }

    /** InvenTree's pretty name: supplier, SKU and, when made by a known manufacturer, MPN. */
    private static String prettyName(SupplierPart part) {
        StringBuilder name = new StringBuilder(part.getSupplier().getName()).append(" | ").append(part.getSku());
        ManufacturerPart made = part.getManufacturerPart();
        if (made != null && made.getMpn() != null) {
            name.append(" | ").append(made.getMpn());
        }
        return name.toString();
    }

    /**
     * The quantity in stock of each supplier part, counted as part stock is (see the view
     * {@code part_part_stock}): some quantity, not shipped, installed, sent out, consumed or in
     * production, and in an available status.
     */
    @SuppressWarnings("unchecked")
    private Map<Long, BigDecimal> inStock(List<Long> ids) {
        Map<Long, BigDecimal> totals = new HashMap<>();
        List<Object[]> found = em.createNativeQuery("select i.supplier_part_id, sum(i.quantity) from stock_stockitem i "
                        + "where i.supplier_part_id in (:ids) and i.quantity > 0 and i.sales_order_id is null "
                        + "and i.belongs_to_id is null and i.customer_id is null and i.consumed_by_id is null "
                        + "and i.is_building = false and i.status in (10, 50, 55, 85) group by i.supplier_part_id")
                .setParameter("ids", ids).getResultList();
        for (Object[] row : found) {
            totals.put(((Number) row[0]).longValue(), new BigDecimal(row[1].toString()));
        }
        return totals;
    }
}
