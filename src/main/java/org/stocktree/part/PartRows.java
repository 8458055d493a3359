package org.stocktree.part;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stocktree.common.parameters.ParameterRows;
import org.stocktree.common.parameters.Parameters;
import org.stocktree.common.tags.Tags;

/**
 * Turns a page of parts into rows. Tags, stars and what rows show of their categories are read
 * once for the page (the categories themselves come with the page statement), so a page costs
 * the same statements whatever its size.
 */
final class PartRows {

    private final EntityManager em;
    private final Stars stars;
    private final Tags tags;
    private final boolean categoryDetail;
    private final boolean pathDetail;
    private Parameters parameters;

    PartRows(EntityManager em, Stars stars, Tags tags, boolean categoryDetail, boolean pathDetail) {
        this.em = em;
        this.stars = stars;
        this.tags = tags;
        this.categoryDetail = categoryDetail;
        this.pathDetail = pathDetail;
    }

    /** Rows with the parts' parameters ({@code parameters=true}), read in one statement for the page. */
    PartRows withParameters(Parameters source) {
        this.parameters = source;
        return this;
    }

    List<PartRow> of(List<Part> parts) {
        List<Long> ids = parts.stream().map(Part::getId).toList();
        Set<Long> starred = stars.among(Stars.Kind.PART, ids);
        Map<Long, List<String>> tagNames = tags.ofAll(PartResource.MODEL, ids);
        Map<Long, List<ParameterRows.ParameterRow>> parameterRows = parameters == null ? null
                : parameters.rowsOf(PartResource.MODEL, ids);
        Map<Long, PartCategory> categories = new LinkedHashMap<>();
        parts.stream().map(Part::getCategory).filter(java.util.Objects::nonNull)
                .forEach(category -> categories.putIfAbsent(category.getId(), category));
        CategoryRows categoryRows = new CategoryRows(em, stars, pathDetail);
        categoryRows.load(categories.values());
        Map<Long, CategoryRow> details = new LinkedHashMap<>();
        if (categoryDetail && !categories.isEmpty()) {
            // the categories' counts, for all of them in one statement rather than one each
            em.createQuery("select t from CategoryTotals t where t.id in :ids", CategoryTotals.class)
                    .setParameter("ids", categories.keySet()).getResultList();
            Set<Long> starredCategories = stars.among(Stars.Kind.CATEGORY, categories.keySet());
            categories.forEach((id, category) -> details.put(id, categoryRows.row(category, starredCategories.contains(id))));
        }
        List<PartRow> rows = new ArrayList<>();
        for (Part part : parts) {
            PartCategory category = part.getCategory();
            rows.add(new PartRow(part.getId(), part.getName(), part.getIpn(), part.getRevision(), part.revisionOfId(),
                    part.getRevisionCount(), part.getDescription(), part.getKeywords(), part.categoryId(),
                    category == null ? "" : category.getName(),
                    category == null ? null : details.get(category.getId()),
                    category == null || !pathDetail ? null : categoryRows.path(category),
                    category == null ? null : categoryRows.defaultLocation(category),
                    part.getUnits(), part.variantOfId(), part.isTemplate(), part.isAssembly(), part.isComponent(),
                    part.isTrackable(), part.isTestable(), part.isPurchaseable(), part.isSalable(), part.isVirtual(),
                    part.isConsumable(), part.isActive(), part.isLocked(), part.getLink() == null ? "" : part.getLink(),
                    PartImages.url(part.getImage()),
                    PartImages.thumbnailUrl(part.getImage()), part.getNotes(), part.getBarcodeHash(), part.fullName(),
                    part.getCreationDate(), part.creationUserId(), part.responsibleId(), part.getDefaultLocation(),
                    part.getDefaultExpiry(), part.getMinimumStock().doubleValue(), part.getMaximumStock().doubleValue(),
                    starred.contains(part.getId()), tagNames.getOrDefault(part.getId(), List.of()),
                    parameterRows == null ? null : parameterRows.getOrDefault(part.getId(), List.of()),
                    quantities(part.getPriceRange())));
        }
        return rows;
    }

    /** Nothing in stock or on order yet; the price range from the part's pricing, if it has any. */
    private static PartRow.Quantities quantities(PartPriceRange range) {
        if (range == null || (range.getOverallMin() == null && range.getOverallMax() == null && range.getUpdated() == null)) {
            return PartRow.Quantities.NONE;
        }
        return new PartRow.Quantities(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, PriceBreaks.money(range.getOverallMin()),
                PriceBreaks.money(range.getOverallMax()),
                range.getUpdated() == null ? null : range.getUpdated().toString());
    }
}
