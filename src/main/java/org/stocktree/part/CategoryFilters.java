package org.stocktree.part;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.QueryFilters;

/**
 * The filters of {@code /api/part/category/}, with InvenTree's interplay: {@code parent} lists the
 * children of a category, or its whole subtree with {@code cascade}, limited by {@code depth}
 * levels below it; without {@code parent}, {@code cascade=false} and {@code top_level} keep only
 * top-level categories and {@code depth} limits the level.
 */
final class CategoryFilters {

    private CategoryFilters() {
    }

    static void apply(ListQuery<PartCategory> query, UriInfo uri, EntityManager em, Stars stars) {
        QueryFilters filters = QueryFilters.of(uri);
        Optional<Integer> depth = number(filters, "depth");
        boolean cascade = filters.bool("cascade").orElse(false);
        Optional<Long> parentId = filters.id("parent");
        if (parentId.isPresent()) {
            PartCategory parent = existing(em, parentId.get(), "parent");
            if (cascade) {
                String pattern = parent.treePath().subtreePattern();
                query.filter((builder, root) -> builder.and(builder.like(root.get("treePath"), pattern),
                        builder.notEqual(root.get("id"), parent.getId())));
            } else {
                query.filter((builder, root) -> builder.equal(root.get("parent").get("id"), parent.getId()));
            }
            depth.ifPresent(levels -> query.filter((builder, root) ->
                    builder.le(root.get("level"), parent.getLevel() + levels)));
        } else {
            boolean topLevel = filters.bool("top_level").orElse(false)
                    || filters.bool("cascade").map(value -> !value).orElse(false);
            if (topLevel) {
                query.filter((builder, root) -> root.get("parent").isNull());
            }
            depth.ifPresent(levels -> query.filter((builder, root) -> builder.le(root.get("level"), levels)));
        }
        filters.bool("structural").ifPresent(value -> query.filter((builder, root) ->
                builder.equal(root.get("structural"), value)));
        filters.text("name").ifPresent(name -> query.filter((builder, root) -> builder.equal(root.get("name"), name)));
        filters.id("exclude_tree").ifPresent(id -> {
            String pattern = existing(em, id, "exclude_tree").treePath().subtreePattern();
            query.filter((builder, root) -> builder.notLike(root.get("treePath"), pattern));
        });
        filters.bool("starred").ifPresent(value -> {
            List<Long> starred = stars.all(Stars.Kind.CATEGORY);
            query.filter((builder, root) -> starred.isEmpty()
                    ? (value ? builder.disjunction() : builder.conjunction())
                    : value ? root.get("id").in(starred) : builder.not(root.get("id").in(starred)));
        });
    }

    /** A whole number given as a number ({@code 2} or {@code 2.0}, as django-filter's NumberFilter takes it). */
    static Optional<Integer> number(QueryFilters filters, String name) {
        return filters.text(name).map(text -> {
            try {
                return new java.math.BigDecimal(text.strip()).intValue();
            } catch (NumberFormatException malformed) {
                throw FieldErrors.of(name, "Enter a number.");
            }
        });
    }

    private static PartCategory existing(EntityManager em, long id, String parameter) {
        PartCategory category = em.find(PartCategory.class, id);
        if (category == null) {
            throw FieldErrors.of(parameter, "Select a valid choice. That choice is not one of the available choices.");
        }
        return category;
    }
}
