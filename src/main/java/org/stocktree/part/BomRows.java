package org.stocktree.part;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a page of BOM lines into rows. The lines' parts and their categories come with the page
 * statement; the categories' ancestors, the substitutes and what category details need are each
 * read once for the page, so a page costs the same statements whatever its size.
 */
final class BomRows {

    /** What the request asked to see besides the line itself. */
    record Options(boolean partDetail, boolean subPartDetail, boolean categoryDetail, boolean substitutes,
            boolean pricing, boolean canBuild) {
    }

    private final EntityManager em;
    private final Stars stars;
    private final Options options;

    BomRows(EntityManager em, Stars stars, Options options) {
        this.em = em;
        this.stars = stars;
        this.options = options;
    }

    List<BomRow> of(List<BomItem> lines) {
        Map<Long, List<BomItemSubstitute>> substitutes = new HashMap<>();
        if (options.substitutes() && !lines.isEmpty()) {
            // the substitutes with their parts and the parts' categories, in one statement
            var builder = em.getCriteriaBuilder();
            var query = builder.createQuery(BomItemSubstitute.class);
            var root = query.from(BomItemSubstitute.class);
            root.fetch("part").fetch("category", jakarta.persistence.criteria.JoinType.LEFT);
            query.select(root).where(root.get("bomItem").in(lines)).orderBy(builder.asc(root.get("id")));
            em.createQuery(query).getResultList()
                    .forEach(substitute -> substitutes.computeIfAbsent(substitute.bomItemId(), id -> new ArrayList<>())
                            .add(substitute));
        }
        Map<Long, PartCategory> categories = new LinkedHashMap<>();
        for (BomItem line : lines) {
            add(categories, line.getPart().getCategory());
            add(categories, line.getSubPart().getCategory());
        }
        substitutes.values().forEach(list -> list.forEach(substitute -> add(categories, substitute.getPart().getCategory())));
        CategoryRows categoryRows = new CategoryRows(em, stars, false);
        categoryRows.load(categories.values());
        Map<Long, CategoryRow> categoryDetails = categoryDetails(lines, categoryRows);

        List<BomRow> rows = new ArrayList<>();
        for (BomItem line : lines) {
            Part assembly = line.getPart();
            Part component = line.getSubPart();
            PartCategory category = component.getCategory();
            List<SubstituteRow> substituteRows = !options.substitutes() ? null
                    : substitutes.getOrDefault(line.getId(), List.of()).stream()
                            .map(substitute -> row(substitute, categoryRows)).toList();
            rows.add(new BomRow(assembly.getId(), component.getId(), line.getReference(), line.getRawAmount(),
                    line.getQuantity().doubleValue(), line.getPieceCount(), line.isAllowVariants(), line.isInherited(),
                    line.isOptional(), line.isConsumable(), line.getSetupQuantity().doubleValue(),
                    line.getAttrition().doubleValue(),
                    line.getRoundingMultiple() == null ? null : line.getRoundingMultiple().doubleValue(),
                    line.getNote(), line.getId(), options.pricing() ? BomRow.Pricing.UNKNOWN : null, substituteRows,
                    line.isValidated(), 0, 0, 0, 0, 0, 0, options.canBuild() ? 0.0 : null,
                    options.partDetail() ? PartBriefRow.of(assembly, categoryRows) : null,
                    options.subPartDetail() ? PartBriefRow.of(component, categoryRows) : null,
                    category == null ? null : categoryDetails.get(category.getId())));
        }
        return rows;
    }

    /** A substitute's row on its own, as {@code /api/bom/substitute/} shows it. */
    static List<SubstituteRow> substitutes(EntityManager em, Stars stars, List<BomItemSubstitute> substitutes) {
        Map<Long, PartCategory> categories = new LinkedHashMap<>();
        substitutes.forEach(substitute -> add(categories, substitute.getPart().getCategory()));
        CategoryRows categoryRows = new CategoryRows(em, stars, false);
        categoryRows.load(categories.values());
        return substitutes.stream().map(substitute -> row(substitute, categoryRows)).toList();
    }

    private static SubstituteRow row(BomItemSubstitute substitute, CategoryRows categoryRows) {
        return new SubstituteRow(substitute.getId(), substitute.bomItemId(), substitute.partId(),
                PartBriefRow.of(substitute.getPart(), categoryRows));
    }

    /** The components' categories in full ({@code category_detail}): their counts and stars for the page at once. */
    private Map<Long, CategoryRow> categoryDetails(List<BomItem> lines, CategoryRows categoryRows) {
        Map<Long, CategoryRow> details = new HashMap<>();
        if (!options.categoryDetail()) {
            return details;
        }
        Map<Long, PartCategory> categories = new LinkedHashMap<>();
        lines.forEach(line -> add(categories, line.getSubPart().getCategory()));
        if (categories.isEmpty()) {
            return details;
        }
        em.createQuery("select t from CategoryTotals t where t.id in :ids", CategoryTotals.class)
                .setParameter("ids", categories.keySet()).getResultList();
        Set<Long> starred = stars.among(Stars.Kind.CATEGORY, categories.keySet());
        categories.forEach((id, category) -> details.put(id, categoryRows.row(category, starred.contains(id))));
        return details;
    }

    private static void add(Map<Long, PartCategory> categories, PartCategory category) {
        if (category != null) {
            categories.putIfAbsent(Objects.requireNonNull(category.getId()), category);
        }
    }
}
