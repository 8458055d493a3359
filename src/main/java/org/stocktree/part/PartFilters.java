package org.stocktree.part;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.stocktree.common.parameters.ParameterTemplate;
import org.stocktree.common.parameters.Parameters;
import org.stocktree.common.tags.Tags;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.persistence.SearchTerms;
import org.stocktree.platform.persistence.TreePath;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.QueryFilters;

/**
 * The filters of {@code /api/part/}, as InvenTree's part filter set names them. Every filter is
 * a condition of the one page statement (or reads a short list of ids first), so filtering never
 * adds statements per row.
 */
final class PartFilters {

    /** The orderings clients may ask for, and the attributes they sort by. */
    static final Map<String, String> ORDERING = Map.ofEntries(
            Map.entry("id", "id"), Map.entry("name", "name"), Map.entry("creation_date", "creationDate"),
            Map.entry("IPN", "ipn"), Map.entry("category", "category.id"), Map.entry("units", "units"),
            Map.entry("revision", "revision"), Map.entry("revision_count", "totals.revisionCount"),
            Map.entry("default_location", "defaultLocation"), Map.entry("pricing_min", "priceRange.overallMin"),
            Map.entry("pricing_max", "priceRange.overallMax"), Map.entry("pricing_updated", "priceRange.updated"),
            Map.entry("in_stock", "stock.inStock"),
            Map.entry("total_in_stock", "stock.totalInStock"), Map.entry("unallocated_stock", "stock.totalInStock"));

    /** Fields a bulk update may select parts by ({@code filters}). */
    static final Map<String, String> BULK_FIELDS = Map.of("category", "category.id", "active", "active",
            "assembly", "assembly", "component", "component", "is_template", "template", "IPN", "ipn", "name", "name");

    private static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry("active", "active"), Map.entry("assembly", "assembly"), Map.entry("component", "component"),
            Map.entry("is_template", "template"), Map.entry("trackable", "trackable"), Map.entry("testable", "testable"),
            Map.entry("purchaseable", "purchaseable"), Map.entry("salable", "salable"), Map.entry("virtual", "virtual"),
            Map.entry("consumable", "consumable"), Map.entry("locked", "locked"));

    /** {@code parameter_<template id>}, optionally with a comparison: {@code parameter_3_gte=10 mm}. */
    private static final Pattern PARAMETER_FILTER = Pattern.compile("^parameter_(\\d{1,18})(?:_(gt|gte|lt|lte|ne|icontains))?$");

    /** {@code ordering=parameter_<template id>}, or {@code -parameter_<id>} descending. */
    private static final Pattern PARAMETER_ORDERING = Pattern.compile("^-?parameter_(\\d{1,18})$");

    private PartFilters() {
    }

    /**
     * Filters and orders by parameter values, as InvenTree's part list does: every
     * {@code parameter_<id>[_op]} filter keeps the parts whose value of that template matches
     * (numerically where the value reads as a number or a quantity of the template's units), and
     * {@code ordering=parameter_<id>} sorts by the value's number, then its text, parts without a
     * value last. Each is a subquery of the page statement.
     */
    static void parameters(ListQuery<Part> query, UriInfo uri, String ordering, Parameters parameters) {
        Map<String, java.util.regex.Matcher> filters = new java.util.LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            java.util.regex.Matcher filter = PARAMETER_FILTER.matcher(name);
            if (filter.matches() && !values.isEmpty()) {
                filters.put(name, filter);
            }
        });
        // every template named is read at once, so more filters cost no more statements
        Map<Long, ParameterTemplate> templates = filters.isEmpty() ? Map.of() : parameters.templates(
                filters.values().stream().map(filter -> Long.parseLong(filter.group(1))).distinct().toList());
        filters.forEach((name, filter) -> {
            long id = Long.parseLong(filter.group(1));
            ParameterTemplate template = templates.get(id);
            if (template == null) {
                throw FieldErrors.of(name, "Invalid parameter template ID: " + id);
            }
            query.filterWith(parameters.valueFilter(PartResource.MODEL, template,
                    uri.getQueryParameters().getFirst(name), filter.group(2)));
        });
        String requested = ordering == null ? "" : ordering.strip();
        java.util.regex.Matcher order = PARAMETER_ORDERING.matcher(requested);
        if (order.matches()) {
            query.orderFirst(parameters.valueOrder(PartResource.MODEL, Long.parseLong(order.group(1)),
                    requested.startsWith("-")));
        }
    }

    static Boolean flag(UriInfo uri, String name) {
        return QueryFilters.of(uri).bool(name).orElse(null);
    }

    static ListQuery<Part> apply(ListQuery<Part> query, UriInfo uri, EntityManager em, Stars stars, Tags tags) {
        QueryFilters filters = QueryFilters.of(uri);
        FLAGS.forEach((name, attribute) -> filters.bool(name).ifPresent(value ->
                query.filter((builder, root) -> builder.equal(root.get(attribute), value))));
        filters.bool("has_ipn").ifPresent(value -> query.filter((builder, root) ->
                value ? hasText(builder, root.get("ipn")) : builder.not(hasText(builder, root.get("ipn")))));
        filters.bool("has_units").ifPresent(value -> query.filter((builder, root) ->
                value ? hasText(builder, root.get("units")) : builder.not(hasText(builder, root.get("units")))));
        filters.text("IPN").ifPresent(ipn -> query.filter((builder, root) ->
                builder.equal(builder.lower(root.get("ipn")), ipn.toLowerCase(Locale.ROOT))));
        filters.text("IPN_regex").ifPresent(pattern -> query.filter(regex("ipn", "IPN_regex", pattern)));
        filters.text("name_regex").ifPresent(pattern -> query.filter(regex("name", "name_regex", pattern)));
        category(query, uri, em, filters);
        filters.id("variant_of").ifPresent(id -> {
            Part template = existing(em, id, "variant_of");
            query.filter((builder, root) -> builder.equal(root.get("variantOf").get("id"), template.getId()));
        });
        filters.id("ancestor").ifPresent(id -> {
            TreePath ancestor = existing(em, id, "ancestor").treePath();
            query.filter((builder, root) -> builder.and(builder.like(root.get("treePath"), ancestor.subtreePattern()),
                    builder.notEqual(root.get("id"), id)));
        });
        filters.id("exclude_tree").ifPresent(id -> {
            TreePath excluded = existing(em, id, "exclude_tree").treePath();
            query.filter((builder, root) -> builder.notLike(root.get("treePath"), excluded.subtreePattern()));
        });
        filters.id("convert_from").ifPresent(id -> query.filter(convertibleFrom(existing(em, id, "convert_from"))));
        filters.id("revision_of").ifPresent(id -> {
            existing(em, id, "revision_of");
            query.filter((builder, root) -> builder.equal(root.get("revisionOf").get("id"), id));
        });
        filters.bool("is_revision").ifPresent(value -> query.filter((builder, root) ->
                value ? root.get("revisionOf").isNotNull() : root.get("revisionOf").isNull()));
        filters.bool("is_variant").ifPresent(value -> query.filter((builder, root) ->
                value ? root.get("variantOf").isNotNull() : root.get("variantOf").isNull()));
        filters.bool("has_revisions").ifPresent(value -> query.filter((builder, root) -> value
                ? builder.greaterThan(root.get("totals").get("revisionCount"), 0L)
                : builder.equal(root.get("totals").get("revisionCount"), 0L)));
        filters.id("default_location").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("defaultLocation"), id)));
        filters.bool("starred").ifPresent(value -> {
            List<Long> starred = stars.all(Stars.Kind.PART);
            query.filter((builder, root) -> starredCondition(builder, root, starred, value));
        });
        filters.text("tag_name").or(() -> filters.text("tags__name")).ifPresent(name -> {
            List<Long> tagged = tags.objectsTagged(PartResource.MODEL, name);
            query.filter((builder, root) -> tagged.isEmpty() ? builder.disjunction() : root.get("id").in(tagged));
        });
        date(filters, "created_after").ifPresent(date -> query.filter((builder, root) ->
                builder.greaterThanOrEqualTo(root.get("creationDate"), date)));
        date(filters, "created_before").ifPresent(date -> query.filter((builder, root) ->
                builder.lessThanOrEqualTo(root.get("creationDate"), date)));
        filters.bool("has_pricing").ifPresent(value -> query.filter((builder, root) -> {
            var range = root.get("priceRange");
            var priced = builder.or(range.get("overallMin").isNotNull(), range.get("overallMax").isNotNull());
            return value ? priced : builder.not(priced);
        }));
        related(query, em, filters);
        excludedIds(uri).forEach(id -> query.filter((builder, root) -> builder.notEqual(root.get("id"), id)));
        stockFilters(query, filters);
        return query;
    }

    /**
     * {@code related}: the parts linked to a part (none when it does not exist);
     * {@code exclude_related}: all but those (all when it does not exist), as InvenTree filters.
     */
    private static void related(ListQuery<Part> query, EntityManager em, QueryFilters filters) {
        filters.id("related").ifPresent(id -> {
            List<Long> related = relatedIds(em, id);
            query.filter((builder, root) -> related.isEmpty() ? builder.disjunction() : root.get("id").in(related));
        });
        filters.id("exclude_related").ifPresent(id -> {
            List<Long> related = relatedIds(em, id);
            if (!related.isEmpty()) {
                query.filter((builder, root) -> builder.not(root.get("id").in(related)));
            }
        });
    }

    private static List<Long> relatedIds(EntityManager em, long id) {
        List<Long> ids = new ArrayList<>(em.createQuery("select r.part2.id from PartRelated r where r.part1.id = :id",
                Long.class).setParameter("id", id).getResultList());
        ids.addAll(em.createQuery("select r.part1.id from PartRelated r where r.part2.id = :id", Long.class)
                .setParameter("id", id).getResultList());
        ids.remove(Long.valueOf(id));
        return ids;
    }

    /**
     * Filters on the part's stock (view {@code part_part_stock}), as InvenTree defines them:
     * {@code has_stock} and {@code unallocated_stock} over the stock of the part and its variants
     * (nothing is allocated yet, so both read the same), {@code low_stock} below a set minimum,
     * {@code high_stock} above a set maximum, {@code depleted_stock} for parts that have items but
     * none in stock.
     */
    private static void stockFilters(ListQuery<Part> query, QueryFilters filters) {
        java.math.BigDecimal zero = java.math.BigDecimal.ZERO;
        for (String name : List.of("has_stock", "unallocated_stock")) {
            filters.bool(name).ifPresent(value -> query.filter((builder, root) -> {
                Predicate some = builder.gt(total(builder, root), zero);
                return value ? some : builder.not(some);
            }));
        }
        filters.bool("low_stock").ifPresent(value -> query.filter((builder, root) -> {
            Predicate low = builder.and(builder.gt(root.get("minimumStock"), zero),
                    builder.lt(total(builder, root), root.get("minimumStock")));
            return value ? low : builder.not(low);
        }));
        filters.bool("high_stock").ifPresent(value -> query.filter((builder, root) -> {
            Predicate high = builder.and(builder.gt(root.get("maximumStock"), zero),
                    builder.gt(total(builder, root), root.get("maximumStock")));
            return value ? high : builder.not(high);
        }));
        filters.bool("depleted_stock").ifPresent(value -> query.filter((builder, root) -> {
            Predicate depleted = builder.and(builder.le(root.get("stock").get("inStock"), zero),
                    builder.gt(root.get("stock").get("allItemCount"), 0L));
            return value ? depleted : builder.not(depleted);
        }));
    }

    /** Stock of the part and its variants: InvenTree's {@code total_in_stock}. */
    private static Expression<java.math.BigDecimal> total(CriteriaBuilder builder, Root<Part> root) {
        return root.get("stock").get("totalInStock");
    }

    /**
     * {@code category}: a category id, or {@code null} for parts without one. With {@code cascade}
     * (the default, as in InvenTree) parts in sub-categories count too.
     */
    private static void category(ListQuery<Part> query, UriInfo uri, EntityManager em, QueryFilters filters) {
        String value = uri.getQueryParameters().getFirst("category");
        if (value == null || value.isBlank()) {
            return;
        }
        boolean cascade = filters.bool("cascade").orElse(true);
        if (List.of("null", "none").contains(value.strip().toLowerCase(Locale.ROOT))) {
            if (!cascade) {
                query.filter((builder, root) -> root.get("category").isNull());
            }
            return;
        }
        long id = filters.id("category").orElseThrow();
        PartCategory category = em.find(PartCategory.class, id);
        if (category == null) {
            throw FieldErrors.of("category", "Select a valid choice. That choice is not one of the available choices.");
        }
        if (cascade) {
            String pattern = category.treePath().subtreePattern();
            query.filter((builder, root) -> builder.like(
                    root.join("category", JoinType.LEFT).get("treePath"), pattern));
        } else {
            query.filter((builder, root) -> builder.equal(root.get("category").get("id"), id));
        }
    }

    /**
     * Search as InvenTree's part list does: name, description, IPN, revision, keywords, category
     * name, tags. For plain terms the categories whose name matches are read first and matched by
     * id, so that PostgreSQL can combine the part table's indexes (a match on the joined category's
     * name made every search read every part).
     */
    static ListQuery.Filter<Part> search(SearchTerms terms, Tags tags, EntityManager em) {
        Map<String, List<Long>> tagged = tags.objectsTagged(PartResource.MODEL, terms);
        if (!terms.plain()) {
            return (builder, root) -> terms.matchAll(builder, root, texts(root, true), tagged);
        }
        Map<String, List<Long>> categories = categoriesNamed(terms, em);
        return (builder, root) -> terms.matchAll(builder, root, texts(root, false), term -> {
            List<Predicate> also = new ArrayList<>();
            List<Long> ids = tagged.getOrDefault(term, List.of());
            if (!ids.isEmpty()) {
                also.add(root.get("id").in(ids));
            }
            List<Long> named = categories.getOrDefault(term, List.of());
            if (!named.isEmpty()) {
                also.add(root.get("category").get("id").in(named));
            }
            return also;
        });
    }

    /** The search over the part's own texts and its category's name, without tags (the thumbnail list's). */
    static ListQuery.Filter<Part> textSearch(SearchTerms terms) {
        return (builder, root) -> terms.matchAll(builder, root, texts(root, true));
    }

    private static List<Expression<String>> texts(Root<Part> root, boolean categoryName) {
        List<Expression<String>> texts = new ArrayList<>(List.of(root.get("name"), root.get("description"),
                root.get("ipn"), root.get("revision"), root.get("keywords")));
        if (categoryName) {
            Join<Part, PartCategory> category = root.join("category", JoinType.LEFT);
            texts.add(category.get("name"));
        }
        return texts;
    }

    /** For each plain term, the categories whose name contains it, read in one statement. */
    private static Map<String, List<Long>> categoriesNamed(SearchTerms terms, EntityManager em) {
        var builder = em.getCriteriaBuilder();
        var query = builder.createQuery(Object[].class);
        Root<PartCategory> category = query.from(PartCategory.class);
        Expression<String> name = builder.lower(category.get("name"));
        query.multiselect(category.get("id"), name).where(builder.or(terms.terms().stream()
                .map(term -> builder.like(name, SearchTerms.containsPattern(term), '\\'))
                .toArray(Predicate[]::new)));
        List<Object[]> rows = em.createQuery(query).getResultList();
        Map<String, List<Long>> named = new java.util.HashMap<>();
        for (String term : terms.terms()) {
            String lower = term.toLowerCase(Locale.ROOT);
            named.put(term, rows.stream().filter(row -> ((String) row[1]).contains(lower))
                    .map(row -> (Long) row[0]).toList());
        }
        return named;
    }

    /**
     * What a stock item of {@code part} may be converted to, as InvenTree allows: the part's
     * variants (at any depth), its template and the template's other variants; only active parts
     * that are not virtual, never the part itself.
     */
    private static ListQuery.Filter<Part> convertibleFrom(Part part) {
        String below = part.treePath().subtreePattern();
        Long template = part.variantOfId();
        return (builder, root) -> {
            List<Predicate> options = new ArrayList<>();
            options.add(builder.like(root.get("treePath"), below));
            if (template != null) {
                options.add(builder.equal(root.get("id"), template));
                options.add(builder.equal(root.get("variantOf").get("id"), template));
            }
            return builder.and(builder.or(options.toArray(Predicate[]::new)), builder.notEqual(root.get("id"), part.getId()),
                    builder.isTrue(root.get("active")), builder.isFalse(root.get("virtual")));
        };
    }

    private static Predicate starredCondition(CriteriaBuilder builder, Root<Part> root, List<Long> starred, boolean value) {
        if (starred.isEmpty()) {
            return value ? builder.disjunction() : builder.conjunction();
        }
        return value ? root.get("id").in(starred) : builder.not(root.get("id").in(starred));
    }

    private static Predicate hasText(CriteriaBuilder builder, Expression<String> text) {
        return builder.and(builder.isNotNull(text), builder.notEqual(text, ""));
    }

    /**
     * A case-insensitive regular expression on a column, as Django's {@code iregex}. The pattern is
     * checked first, so a malformed one is a 400 rather than a database error.
     */
    private static ListQuery.Filter<Part> regex(String attribute, String parameter, String pattern) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException malformed) {
            throw FieldErrors.of(parameter, "Invalid regular expression");
        }
        return (builder, root) -> builder.isTrue(builder.function("regexp_like", Boolean.class,
                builder.coalesce(root.<String>get(attribute), ""), builder.literal(pattern), builder.literal("i")));
    }

    private static Part existing(EntityManager em, long id, String parameter) {
        Part part = em.find(Part.class, id);
        if (part == null) {
            throw FieldErrors.of(parameter, "Select a valid choice. That choice is not one of the available choices.");
        }
        return part;
    }

    private static java.util.Optional<LocalDate> date(QueryFilters filters, String name) {
        return filters.text(name).map(text -> {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException malformed) {
                throw FieldErrors.of(name, "Enter a valid date.");
            }
        });
    }

    /** {@code exclude_id} as repeated parameters or comma-separated; values that are not ids are skipped. */
    private static List<Long> excludedIds(UriInfo uri) {
        List<Long> ids = new ArrayList<>();
        for (String key : List.of("exclude_id", "exclude_id[]")) {
            for (String value : uri.getQueryParameters().getOrDefault(key, List.of())) {
                for (String item : value.split(",")) {
                    try {
                        ids.add(Long.parseLong(item.strip()));
                    } catch (NumberFormatException notAnId) {
                        // InvenTree skips values that are not integers
                    }
                }
            }
        }
        return ids;
    }
}
