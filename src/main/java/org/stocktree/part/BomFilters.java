package org.stocktree.part;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.persistence.SearchTerms;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.QueryFilters;

/**
 * The filters, search and orderings of {@code /api/bom/}, as InvenTree's BOM filter set names
 * them. Every filter is a condition of the page statement, or reads a short list of ids first.
 */
final class BomFilters {

    /** The orderings clients may ask for, and the attributes they sort by. */
    static final Map<String, String> ORDERING = Map.ofEntries(
            Map.entry("quantity", "quantity"), Map.entry("setup_quantity", "setupQuantity"),
            Map.entry("attrition", "attrition"), Map.entry("rounding_multiple", "roundingMultiple"),
            Map.entry("sub_part", "subPart.name"), Map.entry("IPN", "subPart.ipn"),
            Map.entry("category", "subPart.category.name"), Map.entry("allow_variants", "allowVariants"),
            Map.entry("inherited", "inherited"), Map.entry("optional", "optional"),
            Map.entry("consumable", "consumable"), Map.entry("reference", "reference"),
            Map.entry("validated", "validated"));

    /** Fields a bulk update or deletion may select lines by ({@code filters}). */
    static final Map<String, String> BULK_FIELDS = Map.of("part", "part.id", "sub_part", "subPart.id",
            "optional", "optional", "consumable", "consumable", "inherited", "inherited",
            "allow_variants", "allowVariants", "validated", "validated");

    private static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry("optional", "optional"), Map.entry("consumable", "consumable"),
            Map.entry("inherited", "inherited"), Map.entry("allow_variants", "allowVariants"),
            Map.entry("validated", "validated"));

    /** Filters on the assembly's and the component's own flags. */
    private static final Map<String, String[]> PART_FLAGS = Map.ofEntries(
            Map.entry("part_active", new String[] {"part", "active"}),
            Map.entry("part_trackable", new String[] {"part", "trackable"}),
            Map.entry("part_testable", new String[] {"part", "testable"}),
            Map.entry("part_locked", new String[] {"part", "locked"}),
            Map.entry("sub_part_active", new String[] {"subPart", "active"}),
            Map.entry("sub_part_trackable", new String[] {"subPart", "trackable"}),
            Map.entry("sub_part_testable", new String[] {"subPart", "testable"}),
            Map.entry("sub_part_assembly", new String[] {"subPart", "assembly"}),
            Map.entry("sub_part_virtual", new String[] {"subPart", "virtual"}));

    /** Filters on figures that are 0 or null until stock, orders and pricing exist: true keeps none. */
    private static final List<String> NOTHING_YET = List.of("available_stock", "on_order", "has_pricing");

    private BomFilters() {
    }

    static ListQuery<BomItem> apply(ListQuery<BomItem> query, UriInfo uri, EntityManager em, Boms boms) {
        QueryFilters filters = QueryFilters.of(uri);
        FLAGS.forEach((name, attribute) -> filters.bool(name).ifPresent(value ->
                query.filter((builder, root) -> builder.equal(root.get(attribute), value))));
        PART_FLAGS.forEach((name, path) -> filters.bool(name).ifPresent(value ->
                query.filter((builder, root) -> builder.equal(root.get(path[0]).get(path[1]), value))));
        for (String name : NOTHING_YET) {
            filters.bool(name).ifPresent(value -> query.filter((builder, root) ->
                    value ? builder.disjunction() : builder.conjunction()));
        }
        filters.id("part").ifPresent(id -> {
            Part assembly = existing(em, id, "part");
            List<Long> above = Boms.ancestorIds(assembly);
            query.filter((builder, root) -> above.isEmpty()
                    ? builder.equal(root.get("part").get("id"), id)
                    : builder.or(builder.equal(root.get("part").get("id"), id),
                            builder.and(builder.isTrue(root.get("inherited")), root.get("part").get("id").in(above))));
        });
        filters.id("sub_part").ifPresent(id -> {
            existing(em, id, "sub_part");
            query.filter((builder, root) -> builder.equal(root.get("subPart").get("id"), id));
        });
        filters.id("uses").ifPresent(id -> {
            List<Long> lines = boms.linesUsing(existing(em, id, "uses"));
            query.filter((builder, root) -> lines.isEmpty() ? builder.disjunction() : root.get("id").in(lines));
        });
        filters.id("category").ifPresent(id -> {
            PartCategory category = em.find(PartCategory.class, id);
            if (category == null) {
                throw FieldErrors.of("category", "Select a valid choice. That choice is not one of the available choices.");
            }
            String pattern = category.treePath().subtreePattern();
            query.filter((builder, root) -> builder.like(
                    root.join("subPart").join("category", JoinType.LEFT).get("treePath"), pattern));
        });
        return query;
    }

    /**
     * The filters of {@code /api/part/} that look at BOMs: {@code in_bom_for} (the parts usable
     * for that part's BOM: components, their substitutes and allowed variants) and
     * {@code bom_valid} (whether the part's BOM is the validated one).
     */
    static void onParts(ListQuery<Part> query, UriInfo uri, EntityManager em, Boms boms) {
        QueryFilters filters = QueryFilters.of(uri);
        filters.id("in_bom_for").ifPresent(id -> {
            java.util.Set<Long> parts = boms.partsInBom(existing(em, id, "in_bom_for"));
            query.filter((builder, root) -> parts.isEmpty() ? builder.disjunction() : root.get("id").in(parts));
        });
        filters.bool("bom_valid").ifPresent(value -> query.filter((builder, root) ->
                builder.equal(root.get("bomValidated"), value)));
    }

    /** Search as InvenTree's BOM list does: the reference, both parts' names, descriptions, IPNs, revisions, keywords, the component's category. */
    static ListQuery.Filter<BomItem> search(SearchTerms terms) {
        return (builder, root) -> {
            Join<BomItem, Part> assembly = root.join("part");
            Join<BomItem, Part> component = root.join("subPart");
            Join<Part, PartCategory> category = component.join("category", JoinType.LEFT);
            List<Expression<String>> texts = new ArrayList<>(List.of(root.get("reference"), category.get("name")));
            for (Join<BomItem, Part> part : List.of(assembly, component)) {
                texts.addAll(List.of(part.get("name"), part.get("description"), part.get("ipn"), part.get("revision"),
                        part.get("keywords")));
            }
            return terms.matchAll(builder, root, texts);
        };
    }

    private static Part existing(EntityManager em, long id, String parameter) {
        Part part = em.find(Part.class, id);
        if (part == null) {
            throw FieldErrors.of(parameter, "Select a valid choice. That choice is not one of the available choices.");
        }
        return part;
    }
}
