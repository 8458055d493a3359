package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stocktree.common.tags.Tags;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.QueryFilters;

/**
 * The filters of {@code /api/stock/location/}, with InvenTree's interplay: {@code parent} lists
 * the children of a location, or its whole subtree with {@code cascade}, limited by {@code depth}
 * levels below it; without {@code parent}, {@code cascade=false} and {@code top_level} keep only
 * top-level locations and {@code depth} limits the level.
 */
final class LocationFilters {

    /** The orderings clients may ask for, and the attributes they sort by. */
    static final Map<String, String> ORDERING = Map.of("name", "name", "pathstring", "pathstring",
            "items", "totals.items", "level", "level", "tree_id", "treeId", "lft", "treePath");

    /** Fields a bulk update may select locations by ({@code filters}). */
    static final Map<String, String> BULK_FIELDS = Map.of("parent", "parent.id", "structural", "structural",
            "external", "external", "name", "name", "location_type", "locationType.id");

    private LocationFilters() {
    }

    static void apply(ListQuery<StockLocation> query, UriInfo uri, EntityManager em, Tags tags) {
        QueryFilters filters = QueryFilters.of(uri);
        Optional<Integer> depth = number(filters, "depth");
        boolean cascade = filters.bool("cascade").orElse(false);
        Optional<Long> parentId = filters.id("parent");
        if (parentId.isPresent()) {
            StockLocation parent = existing(em, parentId.get(), "parent");
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
            boolean topLevel = filters.bool("top_level").orElse(false) && !cascade
                    || filters.bool("cascade").map(value -> !value).orElse(false);
            if (topLevel) {
                query.filter((builder, root) -> root.get("parent").isNull());
            }
            depth.ifPresent(levels -> query.filter((builder, root) -> builder.le(root.get("level"), levels)));
        }
        filters.bool("structural").ifPresent(value -> query.filter((builder, root) ->
                builder.equal(root.get("structural"), value)));
        filters.bool("external").ifPresent(value -> query.filter((builder, root) ->
                builder.equal(root.get("external"), value)));
        filters.text("name").ifPresent(name -> query.filter((builder, root) -> builder.equal(root.get("name"), name)));
        filters.id("location_type").ifPresent(id -> {
            if (em.find(StockLocationType.class, id) == null) {
                throw FieldErrors.of("location_type",
                        "Select a valid choice. That choice is not one of the available choices.");
            }
            query.filter((builder, root) -> builder.equal(root.get("locationType").get("id"), id));
        });
        filters.bool("has_location_type").ifPresent(value -> query.filter((builder, root) ->
                value ? root.get("locationType").isNotNull() : root.get("locationType").isNull()));
        filters.text("tag_name").or(() -> filters.text("tags__name")).ifPresent(name -> {
            List<Long> tagged = tags.objectsTagged(LocationRows.MODEL, name);
            query.filter((builder, root) -> tagged.isEmpty() ? builder.disjunction() : root.get("id").in(tagged));
        });
    }

    /** A whole number given as a number ({@code 2} or {@code 2.0}, as django-filter's NumberFilter takes it). */
    static Optional<Integer> number(QueryFilters filters, String name) {
        return filters.text(name).map(text -> {
            try {
                return new BigDecimal(text.strip()).intValue();
            } catch (NumberFormatException malformed) {
                throw FieldErrors.of(name, "Enter a number.");
            }
        });
    }

    static StockLocation existing(EntityManager em, long id, String parameter) {
        StockLocation location = em.find(StockLocation.class, id);
        if (location == null) {
            throw FieldErrors.of(parameter, "Select a valid choice. That choice is not one of the available choices.");
        }
        return location;
    }
}
