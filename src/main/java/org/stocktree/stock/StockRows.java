package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stocktree.common.tags.Tags;
import org.stocktree.company.StockSupplierParts;
import org.stocktree.company.SupplierPartRow;
import org.stocktree.part.Part;
import org.stocktree.platform.rest.QueryFilters;

/**
 * Turns a page of items into rows. Parts, locations and counts come with the page's own statement;
 * tags, custom status labels, location paths and supplier parts are read once for the page, so a
 * page costs the same statements whatever its size.
 */
final class StockRows {

    /** Where InvenTree shows a part without an image. */
    private static final String BLANK_THUMBNAIL = "/static/img/blank_image.thumbnail.png";

    /** Which details a request asked for. */
    record Details(boolean part, boolean location, boolean path, boolean supplierPart, boolean tests) {

        /** The details named by a request's query ({@code part_detail=true}, {@code tests=true}, ...). */
        static Details of(QueryFilters filters) {
            return new Details(filters.bool("part_detail").orElse(false), filters.bool("location_detail").orElse(false),
                    filters.bool("path_detail").orElse(false), filters.bool("supplier_part_detail").orElse(false),
                    filters.bool("tests").orElse(false));
        }
    }

    private final EntityManager em;
    private final Tags tags;
    private final StockRules rules;
    private final Details details;
    private final LocationRows locations;

    StockRows(EntityManager em, Tags tags, StockRules rules, Details details, String defaultIcon) {
        this.em = em;
        this.tags = tags;
        this.rules = rules;
        this.details = details;
        this.locations = new LocationRows(em, tags, true, defaultIcon);
    }

    List<StockRow> of(List<StockItem> items) {
        List<Long> ids = items.stream().map(StockItem::getId).toList();
        Map<Long, List<String>> tagNames = ids.isEmpty() ? Map.of() : tags.ofAll(StockItemRemoval.MODEL, ids);
        Map<Long, String> customLabels = customLabels(items);
        List<Long> supplierPartIds = items.stream().map(StockItem::getSupplierPart).filter(Objects::nonNull)
                .distinct().toList();
        StockSupplierParts supplierParts = new StockSupplierParts(em, tags);
        // looked up by an item's supplier part, which may be null: maps that allow a null key
        Map<Long, SupplierPartRow> supplierPartRows = details.supplierPart() ? supplierParts.rows(supplierPartIds)
                : new HashMap<>();
        Map<Long, StockSupplierParts.Names> supplierPartNames = details.supplierPart() ? new HashMap<>()
                : supplierParts.names(supplierPartIds);
        Map<Long, List<TestResultRows.Row>> tests = details.tests() ? tests(ids) : Map.of();
        if (details.path()) {
            locations.loadPaths(items.stream().map(StockItem::getLocation).filter(Objects::nonNull)
                    .map(location -> location.treePath().value()).distinct().toList());
        }
        List<StockRow> rows = new ArrayList<>();
        for (StockItem item : items) {
            StockLocation location = item.getLocation();
            SupplierPartRow supplierPart = supplierPartRows.get(item.getSupplierPart());
            StockSupplierParts.Names names = supplierPart != null
                    ? new StockSupplierParts.Names(supplierPart.sku(), supplierPart.mpn())
                    : supplierPartNames.get(item.getSupplierPart());
            Part part = item.getPart();
            rows.add(new StockRow(item.getId(), part.getId(), item.getQuantity().doubleValue(), item.getSerial(),
                    item.getBatch(), item.locationId(), item.belongsToId(), item.getBuild(), item.getConsumedBy(),
                    item.getCustomer(), item.isDeleteOnDeplete(), item.getExpiryDate(), item.inStock(),
                    item.isBuilding(), item.getLink() == null ? "" : item.getLink(), item.getNotes(), item.ownerId(),
                    item.getPackaging(),
                    item.parentId(), item.getPurchaseOrder(), null, item.getSalesOrder(), null, item.getStatus(),
                    StockStatuses.label(item.getStatus(), item.getStatusCustomKey(), customLabels),
                    item.getStatusCustomKey(), item.getSupplierPart(), names == null ? null : names.sku(),
                    names == null ? null : names.mpn(), item.getBarcodeHash(),
                    item.getCreationDate(), item.getStocktakeDate(), item.getUpdated(),
                    item.getPurchasePrice() == null ? null : item.getPurchasePrice().setScale(6, java.math.RoundingMode.HALF_UP).toPlainString(),
                    item.getPurchasePriceCurrency(), 0, item.expired(rules), item.installedItems(),
                    item.childItems(), item.stale(rules), item.trackingItems(),
                    details.location() && location != null
                            ? new StockRow.LocationBrief(location.getId(), location.getName(), location.getPathstring())
                            : null,
                    details.path() ? (location == null ? List.of() : locations.path(location)) : null,
                    details.part() ? partBrief(part) : null,
                    supplierPart,
                    details.tests() ? tests.getOrDefault(item.getId(), List.of()) : null,
                    tagNames.getOrDefault(item.getId(), List.of())));
        }
        return rows;
    }

    private static StockRow.PartBrief partBrief(Part part) {
        return new StockRow.PartBrief(part.getId(), part.getIpn(), part.getBarcodeHash(), part.getDefaultLocation(),
                part.getDefaultExpiry(), part.getName(), part.getRevision(), part.fullName(), part.getDescription(),
                part.getImage(), part.getImage() == null ? BLANK_THUMBNAIL : part.getImage(), part.isActive(),
                part.isLocked(), part.isAssembly(), part.isComponent(), part.isTemplate(), part.isPurchaseable(),
                part.isSalable(), part.isTestable(), part.isTrackable(), part.isVirtual(), part.isConsumable(),
                part.getUnits());
    }

    /** The test results of the page's items (InvenTree's {@code tests}), oldest first, in one statement. */
    private Map<Long, List<TestResultRows.Row>> tests(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<StockItemTestResult> results = em.createQuery("select r from StockItemTestResult r "
                + "where r.stockItem.id in :ids order by r.date, r.id", StockItemTestResult.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, List<TestResultRows.Row>> byItem = new HashMap<>();
        new TestResultRows(em, false, false).of(results)
                .forEach(row -> byItem.computeIfAbsent(row.stockItem(), id -> new ArrayList<>()).add(row));
        return byItem;
    }

    /** The labels of the custom states the page's items are in, in one statement (none when none are). */
    private Map<Long, String> customLabels(List<StockItem> items) {
        List<Long> keys = items.stream().map(StockItem::getStatusCustomKey).filter(Objects::nonNull)
                .map(Integer::longValue).distinct().toList();
        Map<Long, String> labels = new HashMap<>();
        if (!keys.isEmpty()) {
            em.createQuery("select c.stateKey, c.label from CustomState c where c.referenceStatus = 'StockStatus' "
                    + "and c.stateKey in :keys", Object[].class).setParameter("keys", keys).getResultList()
                    .forEach(found -> labels.put((Long) found[0], (String) found[1]));
        }
        return labels;
    }
}
