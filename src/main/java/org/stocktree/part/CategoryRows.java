package org.stocktree.part;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a page of categories into rows. What rows need from other categories (the path of names
 * from the root, the default location inherited from the nearest ancestor that has one) and the
 * caller's stars are read once for the page, so a page costs the same statements whatever its size.
 */
final class CategoryRows {

    /** What a row needs to know about an ancestor. */
    private record Ancestor(long id, String name, String icon, Long defaultLocation) {
    }

    private final EntityManager em;
    private final Stars stars;
    private final boolean pathDetail;
    private final Map<Long, Ancestor> ancestors = new HashMap<>();

    CategoryRows(EntityManager em, Stars stars, boolean pathDetail) {
        this.em = em;
        this.stars = stars;
        this.pathDetail = pathDetail;
    }

    List<CategoryRow> of(List<PartCategory> categories) {
        load(categories);
        Set<Long> starred = stars.among(Stars.Kind.CATEGORY, categories.stream().map(PartCategory::getId).toList());
        List<CategoryRow> rows = new ArrayList<>();
        for (PartCategory category : categories) {
            rows.add(row(category, starred.contains(category.getId())));
        }
        return rows;
    }

    CategoryRow row(PartCategory category, boolean starred) {
        List<Long> above = idsAbove(category);
        return new CategoryRow(category.getId(), category.getName(), category.getDescription(),
                category.getDefaultLocation(), category.getDefaultKeywords(), category.getLevel(),
                category.parentId(), category.getPartCount(), category.getSubcategories(), category.getPathstring(),
                pathDetail ? path(category) : null, starred, category.isStructural(), category.getIcon(),
                nearestLocation(above));
    }

    /** Reads every ancestor of the categories in one statement. */
    void load(Collection<PartCategory> categories) {
        Set<Long> wanted = new LinkedHashSet<>();
        categories.forEach(category -> wanted.addAll(idsOnPath(category)));
        wanted.removeAll(ancestors.keySet());
        if (wanted.isEmpty()) {
            return;
        }
        em.createQuery("select c.id, c.name, c.icon, c.defaultLocation from PartCategory c where c.id in :ids",
                        Object[].class)
                .setParameter("ids", wanted).getResultList()
                .forEach(found -> ancestors.put((Long) found[0],
                        new Ancestor((Long) found[0], (String) found[1], (String) found[2], (Long) found[3])));
    }

    /** The root-to-category path (the category included), for {@code path_detail}. */
    List<CategoryRow.PathStep> path(PartCategory category) {
        List<CategoryRow.PathStep> steps = new ArrayList<>();
        for (long id : idsOnPath(category)) {
            Ancestor step = ancestors.get(id);
            if (step != null) {
                steps.add(new CategoryRow.PathStep(step.id(), step.name(), step.icon()));
            }
        }
        return steps;
    }

    /** The category's own default location, else its nearest ancestor's (InvenTree's lookup). */
    Long defaultLocation(PartCategory category) {
        return category.getDefaultLocation() != null ? category.getDefaultLocation() : nearestLocation(idsAbove(category));
    }

    private Long nearestLocation(List<Long> above) {
        for (int i = above.size() - 1; i >= 0; i--) {
            Ancestor ancestor = ancestors.get(above.get(i));
            if (ancestor != null && ancestor.defaultLocation() != null) {
                return ancestor.defaultLocation();
            }
        }
        return null;
    }

    private static List<Long> idsAbove(PartCategory category) {
        List<Long> ids = idsOnPath(category);
        return ids.isEmpty() ? ids : ids.subList(0, ids.size() - 1);
    }

    private static List<Long> idsOnPath(PartCategory category) {
        List<Long> ids = new ArrayList<>();
        for (String id : category.treePath().value().split("/")) {
            if (!id.isEmpty()) {
                ids.add(Long.parseLong(id));
            }
        }
        return ids;
    }
}
