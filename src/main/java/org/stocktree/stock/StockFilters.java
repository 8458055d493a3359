package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.stocktree.common.tags.Tags;
import org.stocktree.company.Company;
import org.stocktree.company.ManufacturerPart;
import org.stocktree.company.SupplierPart;
import org.stocktree.part.BomItem;
import org.stocktree.part.Boms;
import org.stocktree.part.Part;
import org.stocktree.part.PartCategory;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.persistence.SearchTerms;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.QueryFilters;

/**
 * The filters of {@code /api/stock/}, as InvenTree's stock filter set names them. Each one is a
 * condition of the page statement (or reads a short list of ids first), so filtering never adds
 * statements per row. Filters on models Stocktree has no table for yet (BOM item) are not offered.
 */
final class StockFilters {

    /** The orderings clients may ask for, and the attributes they sort by. */
    static final Map<String, String> ORDERING = Map.ofEntries(
            Map.entry("batch", "batch"), Map.entry("location", "location.id"), Map.entry("part", "part.name"),
            Map.entry("part__name", "part.name"), Map.entry("part__IPN", "part.ipn"), Map.entry("IPN", "part.ipn"),
            Map.entry("updated", "updated"), Map.entry("purchase_price", "purchasePrice"),
            Map.entry("creation_date", "creationDate"), Map.entry("stocktake_date", "stocktakeDate"),
            Map.entry("expiry_date", "expiryDate"), Map.entry("packaging", "packaging"),
            Map.entry("quantity", "quantity"), Map.entry("stock", "quantity"), Map.entry("status", "status"),
            Map.entry("serial", "serialInt"));

    /** Fields a bulk operation may select items by ({@code filters}). */
    static final Map<String, String> BULK_FIELDS = Map.of("part", "part.id", "location", "location.id",
            "status", "status", "batch", "batch", "serial", "serial", "belongs_to", "belongsTo.id",
            "customer", "customer", "is_building", "building", "quantity", "quantity");

    private static final String INVALID_CHOICE = "Select a valid choice. That choice is not one of the available choices.";

    private StockFilters() {
    }

    static void apply(ListQuery<StockItem> query, UriInfo uri, EntityManager em, Tags tags, StockRules rules,
            Boms boms) {
        QueryFilters filters = QueryFilters.of(uri);
        part(query, filters, em);
        filters.id("bom_item").ifPresent(id -> {
            Set<Long> parts = boms.partsFor(existing(em, BomItem.class, id, "bom_item"));
            query.filter((builder, root) -> root.get("part").get("id").in(parts));
        });
        location(query, uri, filters, em);
        filters.id("category").ifPresent(id -> {
            PartCategory category = existing(em, PartCategory.class, id, "category");
            String pattern = category.treePath().subtreePattern();
            query.filter((builder, root) -> builder.like(
                    root.join("part").join("category", JoinType.LEFT).get("treePath"), pattern));
        });
        filters.bool("in_stock").ifPresent(value -> query.filter((builder, root) ->
                value ? inStock(builder, root) : builder.not(inStock(builder, root))));
        filters.bool("available").ifPresent(value -> query.filter((builder, root) ->
                value ? inStock(builder, root) : builder.le(root.get("quantity"), BigDecimal.ZERO)));
        // nothing allocates stock yet (builds and sales orders come later): nothing is allocated
        filters.bool("allocated").ifPresent(value -> query.filter((builder, root) ->
                value ? builder.disjunction() : builder.conjunction()));
        filters.bool("serialized").ifPresent(value -> query.filter((builder, root) ->
                value ? hasText(builder, root.get("serial")) : builder.not(hasText(builder, root.get("serial")))));
        filters.text("serial").ifPresent(serial -> query.filter((builder, root) ->
                builder.equal(root.get("serial"), serial.strip())));
        number(filters, "serial_gte").ifPresent(value -> query.filter((builder, root) ->
                builder.ge(root.get("serialInt"), value)));
        number(filters, "serial_lte").ifPresent(value -> query.filter((builder, root) ->
                builder.le(root.get("serialInt"), value)));
        filters.text("batch").ifPresent(batch -> query.filter((builder, root) ->
                builder.equal(builder.lower(root.get("batch")), batch.toLowerCase(Locale.ROOT))));
        filters.text("batch_regex").ifPresent(pattern -> query.filter(regex("batch", "batch_regex", pattern, false)));
        filters.bool("has_batch").ifPresent(value -> query.filter((builder, root) ->
                value ? hasText(builder, root.get("batch")) : builder.not(hasText(builder, root.get("batch")))));
        filters.bool("tracked").ifPresent(value -> query.filter((builder, root) -> {
            Predicate tracked = builder.or(hasText(builder, root.get("batch")), hasText(builder, root.get("serial")));
            return value ? tracked : builder.not(tracked);
        }));
        filters.id("status").ifPresent(status -> query.filter((builder, root) -> builder.or(
                builder.and(builder.equal(root.get("status"), status), root.get("statusCustomKey").isNull()),
                builder.equal(root.get("statusCustomKey"), status))));
        expiry(query, filters, rules);
        equality(query, filters, "customer", "customer");
        equality(query, filters, "supplier_part", "supplierPart");
        companies(query, filters, em);
        equality(query, filters, "build", "build");
        equality(query, filters, "consumed_by", "consumedBy");
        equality(query, filters, "purchase_order", "purchaseOrder");
        equality(query, filters, "sales_order", "salesOrder");
        filters.id("belongs_to").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("belongsTo").get("id"), id)));
        filters.id("parent").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("parent").get("id"), id)));
        presence(query, filters, "installed", "belongsTo");
        presence(query, filters, "sent_to_customer", "customer");
        presence(query, filters, "consumed", "consumedBy");
        presence(query, filters, "has_purchase_price", "purchasePrice");
        presence(query, filters, "has_stocktake", "stocktakeDate");
        filters.bool("is_building").ifPresent(value -> query.filter((builder, root) ->
                builder.equal(root.get("building"), value)));
        filters.bool("depleted").ifPresent(value -> query.filter((builder, root) -> value
                ? builder.le(root.get("quantity"), BigDecimal.ZERO) : builder.gt(root.get("quantity"), BigDecimal.ZERO)));
        filters.bool("external").ifPresent(value -> query.filter((builder, root) -> {
            Predicate external = builder.isTrue(root.join("location", JoinType.LEFT).get("external"));
            return value ? external : builder.or(builder.not(external), root.get("location").isNull());
        }));
        filters.bool("has_installed_items").ifPresent(value -> query.filter((builder, root) -> value
                ? builder.gt(root.get("totals").get("installedItems"), 0L)
                : builder.equal(root.get("totals").get("installedItems"), 0L)));
        filters.bool("has_child_items").ifPresent(value -> query.filter((builder, root) -> value
                ? builder.gt(root.get("totals").get("childItems"), 0L)
                : builder.equal(root.get("totals").get("childItems"), 0L)));
        decimal(filters, "min_stock").ifPresent(value -> query.filter((builder, root) ->
                builder.ge(root.get("quantity"), value)));
        decimal(filters, "max_stock").ifPresent(value -> query.filter((builder, root) ->
                builder.le(root.get("quantity"), value)));
        partAttributes(query, filters);
        dates(query, filters);
        filters.text("tag_name").or(() -> filters.text("tags__name")).or(() -> filters.text("tags__slug"))
                .ifPresent(name -> {
                    List<Long> tagged = tags.objectsTagged(StockItemRemoval.MODEL, name);
                    query.filter((builder, root) -> tagged.isEmpty() ? builder.disjunction() : root.get("id").in(tagged));
                });
    }

    /** {@code part}: the part and, unless {@code include_variants=false}, all its variants; {@code part_tree}: its whole tree. */
    private static void part(ListQuery<StockItem> query, QueryFilters filters, EntityManager em) {
        filters.id("part").ifPresent(id -> {
            Part part = existing(em, Part.class, id, "part");
            if (filters.bool("include_variants").orElse(true)) {
                String pattern = part.treePath().subtreePattern();
                query.filter((builder, root) -> builder.like(root.get("part").get("treePath"), pattern));
            } else {
                query.filter((builder, root) -> builder.equal(root.get("part").get("id"), id));
            }
        });
        filters.id("part_tree").ifPresent(id -> {
            long tree = existing(em, Part.class, id, "part_tree").getTreeId();
            query.filter((builder, root) -> builder.equal(root.get("part").get("treeId"), tree));
        });
    }

    /**
     * {@code location}: items in the location and, unless {@code cascade=false}, in every location
     * below it; {@code location=null} with {@code cascade=false}: items without a location.
     */
    private static void location(ListQuery<StockItem> query, UriInfo uri, QueryFilters filters, EntityManager em) {
        String value = uri.getQueryParameters().getFirst("location");
        if (value == null || value.isBlank()) {
            return;
        }
        boolean cascade = filters.bool("cascade").orElse(true);
        if (List.of("null", "none").contains(value.strip().toLowerCase(Locale.ROOT))) {
            if (!cascade) {
                query.filter((builder, root) -> root.get("location").isNull());
            }
            return;
        }
        StockLocation location = existing(em, StockLocation.class, filters.id("location").orElseThrow(), "location");
        if (cascade) {
            String pattern = location.treePath().subtreePattern();
            // A sub-query the database can run first (the subtree's locations, by the path index)
            // and semi-join, not a join that makes it read every item to compare paths.
            query.filterWith((builder, root, search) -> {
                Subquery<Long> below = search.subquery(Long.class);
                Root<StockLocation> place = below.from(StockLocation.class);
                below.select(place.get("id")).where(builder.like(place.get("treePath"), pattern));
                return root.get("location").get("id").in(below);
            });
        } else {
            query.filter((builder, root) -> builder.equal(root.get("location").get("id"), location.getId()));
        }
    }

    /** {@code expired} and {@code stale} apply only when expiry is enabled, as in InvenTree. */
    private static void expiry(ListQuery<StockItem> query, QueryFilters filters, StockRules rules) {
        Optional<Boolean> expired = filters.bool("expired");
        Optional<Boolean> stale = filters.bool("stale");
        if (!rules.expiryEnabled()) {
            return;
        }
        LocalDate today = LocalDate.now();
        expired.ifPresent(value -> query.filter((builder, root) -> {
            Predicate condition = builder.and(inStock(builder, root), root.get("expiryDate").isNotNull(),
                    builder.lessThan(root.get("expiryDate"), today));
            return value ? condition : builder.not(condition);
        }));
        if (rules.staleDays() > 0) {
            LocalDate horizon = today.plusDays(rules.staleDays());
            stale.ifPresent(value -> query.filter((builder, root) -> {
                Predicate condition = builder.and(inStock(builder, root), root.get("expiryDate").isNotNull(),
                        builder.lessThan(root.get("expiryDate"), horizon));
                return value ? condition : builder.not(condition);
            }));
        }
    }

    private static void partAttributes(ListQuery<StockItem> query, QueryFilters filters) {
        filters.text("name").ifPresent(name -> query.filter((builder, root) ->
                builder.equal(builder.lower(root.get("part").get("name")), name.toLowerCase(Locale.ROOT))));
        filters.text("name_contains").ifPresent(name -> query.filter((builder, root) ->
                builder.like(builder.lower(root.get("part").get("name")), contains(name), '\\')));
        filters.text("name_regex").ifPresent(pattern -> query.filter(regex("name", "name_regex", pattern, true)));
        filters.text("IPN").ifPresent(ipn -> query.filter((builder, root) ->
                builder.equal(builder.lower(root.get("part").get("ipn")), ipn.toLowerCase(Locale.ROOT))));
        filters.text("IPN_contains").ifPresent(ipn -> query.filter((builder, root) ->
                builder.like(builder.lower(root.get("part").get("ipn")), contains(ipn), '\\')));
        filters.text("IPN_regex").ifPresent(pattern -> query.filter(regex("ipn", "IPN_regex", pattern, true)));
        for (String flag : List.of("active", "assembly", "salable")) {
            filters.bool(flag).ifPresent(value -> query.filter((builder, root) ->
                    builder.equal(root.get("part").get(flag), value)));
        }
    }

    private static void dates(ListQuery<StockItem> query, QueryFilters filters) {
        date(filters, "updated_after").ifPresent(date -> query.filter((builder, root) ->
                builder.greaterThanOrEqualTo(root.get("updated"), date.atStartOfDay().atOffset(ZoneOffset.UTC))));
        date(filters, "updated_before").ifPresent(date -> query.filter((builder, root) ->
                builder.lessThan(root.get("updated"), date.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))));
        date(filters, "created_after").ifPresent(date -> query.filter((builder, root) ->
                builder.greaterThanOrEqualTo(root.get("creationDate"), date.atStartOfDay().atOffset(ZoneOffset.UTC))));
        date(filters, "created_before").ifPresent(date -> query.filter((builder, root) ->
                builder.lessThan(root.get("creationDate"), date.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))));
        for (String[] range : List.of(new String[] {"stocktake", "stocktakeDate"}, new String[] {"expiry", "expiryDate"})) {
            date(filters, range[0] + "_after").ifPresent(date -> query.filter((builder, root) ->
                    builder.greaterThanOrEqualTo(root.get(range[1]), date)));
            date(filters, range[0] + "_before").ifPresent(date -> query.filter((builder, root) ->
                    builder.lessThanOrEqualTo(root.get(range[1]), date)));
        }
    }

    /** Search as InvenTree's stock list does: serial, batch, part name, IPN and description, location name, tags. */
    static ListQuery.QueryFilter<StockItem> search(SearchTerms terms, Tags tags) {
        Map<String, List<Long>> tagged = tags.objectsTagged(StockItemRemoval.MODEL, terms);
        return (builder, root, query) -> terms.matchAll(builder, root,
                List.<Expression<String>>of(root.get("serial"), root.get("batch")), term -> {
                    // The part's and the location's texts are matched once per part and location,
                    // in sub-queries the database hashes, not once per item through joins: on a
                    // million items a join evaluated the part's three texts for every item.
                    Subquery<Long> parts = query.subquery(Long.class);
                    Root<Part> part = parts.from(Part.class);
                    parts.select(part.get("id")).where(terms.matchesAny(builder, term,
                            List.of(part.get("name"), part.get("ipn"), part.get("description"))));
                    Subquery<Long> places = query.subquery(Long.class);
                    Root<StockLocation> place = places.from(StockLocation.class);
                    places.select(place.get("id")).where(terms.matchesAny(builder, term, List.of(place.get("name"))));
                    List<Predicate> also = new ArrayList<>(List.of(root.get("part").get("id").in(parts),
                            root.get("location").get("id").in(places)));
                    List<Long> ids = tagged.getOrDefault(term, List.of());
                    if (!ids.isEmpty()) {
                        also.add(root.get("id").in(ids));
                    }
                    return also;
                });
    }

    /** InvenTree's {@code IN_STOCK_FILTER}. */
    static Predicate inStock(CriteriaBuilder builder, Root<StockItem> root) {
        return builder.and(builder.gt(root.get("quantity"), BigDecimal.ZERO), root.get("salesOrder").isNull(),
                root.get("belongsTo").isNull(), root.get("customer").isNull(), root.get("consumedBy").isNull(),
                builder.isFalse(root.get("building")),
                root.get("status").in(StockStatus.AVAILABLE.stream().map(StockStatus::value).toList()));
    }

    private static void equality(ListQuery<StockItem> query, QueryFilters filters, String name, String attribute) {
        filters.id(name).ifPresent(id -> query.filter((builder, root) -> builder.equal(root.get(attribute), id)));
    }

    private static void presence(ListQuery<StockItem> query, QueryFilters filters, String name, String attribute) {
        filters.bool(name).ifPresent(value -> query.filter((builder, root) ->
                value ? root.get(attribute).isNotNull() : root.get(attribute).isNull()));
    }

    private static Predicate hasText(CriteriaBuilder builder, Path<String> text) {
        return builder.and(builder.isNotNull(text), builder.notEqual(text, ""));
    }

    private static String contains(String term) {
        return "%" + term.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static ListQuery.Filter<StockItem> regex(String attribute, String parameter, String pattern, boolean ofPart) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException malformed) {
            throw FieldErrors.of(parameter, "Invalid regular expression");
        }
        return (builder, root) -> builder.isTrue(builder.function("regexp_like", Boolean.class,
                builder.coalesce((ofPart ? root.get("part") : root).<String>get(attribute), ""),
                builder.literal(pattern), builder.literal("i")));
    }

    /**
     * {@code supplier}, {@code manufacturer}, {@code manufacturer_part} (through the item's supplier
     * part) and {@code company} (the item's customer or its supplier part's supplier), each a
     * subquery of the page statement.
     */
    private static void companies(ListQuery<StockItem> query, QueryFilters filters, EntityManager em) {
        filters.id("supplier").ifPresent(id -> {
            existing(em, Company.class, id, "supplier");
            query.filterWith((builder, root, statement) ->
                    root.get("supplierPart").in(supplierParts(statement, builder, "supplierId", id)));
        });
        filters.id("manufacturer_part").ifPresent(id -> {
            existing(em, ManufacturerPart.class, id, "manufacturer_part");
            query.filterWith((builder, root, statement) ->
                    root.get("supplierPart").in(supplierParts(statement, builder, "manufacturerPartId", id)));
        });
        filters.id("manufacturer").ifPresent(id -> {
            existing(em, Company.class, id, "manufacturer");
            query.filterWith((builder, root, statement) -> {
                Subquery<Long> made = statement.subquery(Long.class);
                Root<SupplierPart> supplierPart = made.from(SupplierPart.class);
                made.select(supplierPart.get("id")).where(builder.equal(
                        supplierPart.join("manufacturerPart").get("manufacturerId"), id));
                return root.get("supplierPart").in(made);
            });
        });
        filters.id("company").ifPresent(id -> {
            existing(em, Company.class, id, "company");
            query.filterWith((builder, root, statement) -> builder.or(builder.equal(root.get("customer"), id),
                    root.get("supplierPart").in(supplierParts(statement, builder, "supplierId", id))));
        });
    }

    private static Subquery<Long> supplierParts(AbstractQuery<?> statement, CriteriaBuilder builder, String attribute,
            long id) {
        Subquery<Long> found = statement.subquery(Long.class);
        Root<SupplierPart> supplierPart = found.from(SupplierPart.class);
        return found.select(supplierPart.get("id")).where(builder.equal(supplierPart.get(attribute), id));
    }

    private static <E> E existing(EntityManager em, Class<E> type, long id, String parameter) {
        E found = em.find(type, id);
        if (found == null) {
            throw FieldErrors.of(parameter, INVALID_CHOICE);
        }
        return found;
    }

    private static Optional<Integer> number(QueryFilters filters, String name) {
        return decimal(filters, name).map(BigDecimal::intValue);
    }

    private static Optional<BigDecimal> decimal(QueryFilters filters, String name) {
        return filters.text(name).map(text -> {
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException malformed) {
                throw FieldErrors.of(name, "Enter a number.");
            }
        });
    }

    private static Optional<LocalDate> date(QueryFilters filters, String name) {
        return filters.text(name).map(text -> {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException malformed) {
                throw FieldErrors.of(name, "Enter a valid date.");
            }
        });
    }
}
