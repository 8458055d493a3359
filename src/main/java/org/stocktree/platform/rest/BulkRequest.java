package org.stocktree.platform.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Map;
import org.stocktree.platform.persistence.ListQuery;

/**
 * The body of a bulk operation on a list endpoint, as InvenTree takes it: {@code {"items": [ids]}},
 * {@code {"filters": {...}}} or both (both must hold), or {@code ?all=true} for every row.
 *
 * <p>Filters use Django's lookup names on the fields an endpoint allows: {@code "user": 3},
 * {@code "read": true}, {@code "id__in": [1, 2]}, {@code "stopped__lt": "2026-01-01T00:00:00Z"},
 * {@code "owner__isnull": true}. Anything else is refused rather than ignored, because an
 * ignored filter would widen a delete.
 */
public record BulkRequest(List<Long> items, Map<String, Object> filters) {

    /** A bulk update's body: which rows ({@code items}, {@code filters}) and the changes for each (the rest). */
    public record Update(BulkRequest selection, ObjectNode changes) {
    }

    /** Splits a bulk update's body into the selection and the changes every selected row gets. */
    public static Update update(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw FieldErrors.general("Invalid data. Expected a dictionary.");
        }
        BulkRequest selection;
        try {
            selection = JsonMapping.mapper().convertValue(body, BulkRequest.class);
        } catch (IllegalArgumentException malformed) {
            throw FieldErrors.general("List of items or filters must be provided for bulk operation");
        }
        ObjectNode changes = body.deepCopy();
        changes.remove(List.of("items", "filters"));
        return new Update(selection, changes);
    }

    /**
     * Narrows {@code query} to the selected rows. {@code fields} maps the filter names an endpoint
     * allows to entity attributes (dotted for related ones, e.g. {@code user.id}); {@code all} is
     * the request's {@code all} query parameter. Refuses a selection that selects nothing.
     */
    public <E> ListQuery<E> select(ListQuery<E> query, Map<String, String> fields, String all) {
        boolean hasItems = items != null && !items.isEmpty();
        boolean hasFilters = filters != null && !filters.isEmpty();
        if (!hasItems && !hasFilters && all == null) {
            throw FieldErrors.general("List of items or filters must be provided for bulk operation");
        }
        if (all != null && !List.of("true", "1", "yes", "on").contains(all.strip().toLowerCase(java.util.Locale.ROOT))) {
            throw FieldErrors.general("All filter must only be used with true");
        }
        if (hasItems) {
            query.filter((builder, root) -> root.get("id").in(items));
        }
        if (hasFilters) {
            filters.forEach((lookup, value) -> query.filter(condition(lookup, value, fields)));
        }
        if (query.count() == 0) {
            throw FieldErrors.general("No items match the provided criteria");
        }
        return query;
    }

    private static <E> ListQuery.Filter<E> condition(String lookup, Object value, Map<String, String> fields) {
        int split = lookup.indexOf("__");
        String field = split < 0 ? lookup : lookup.substring(0, split);
        String operator = split < 0 ? "exact" : lookup.substring(split + 2);
        String attribute = "id".equals(field) || "pk".equals(field) ? "id" : fields.get(field);
        if (attribute == null || !List.of("exact", "in", "isnull", "gt", "gte", "lt", "lte").contains(operator)
                || ("in".equals(operator) != value instanceof List) || value instanceof Map) {
            throw FieldErrors.general("Invalid filters provided");
        }
        return (builder, root) -> predicate(builder, path(root, attribute), operator, value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate predicate(CriteriaBuilder builder, Path<?> path, String operator, Object value) {
        Class<?> type = path.getJavaType();
        return switch (operator) {
            case "in" -> path.in(((List<?>) value).stream().map(item -> convert(item, type)).toList());
            case "isnull" -> Boolean.TRUE.equals(convert(value, Boolean.class)) ? path.isNull() : path.isNotNull();
            case "gt" -> builder.greaterThan((Path<Comparable>) path, (Comparable) convert(value, type));
            case "gte" -> builder.greaterThanOrEqualTo((Path<Comparable>) path, (Comparable) convert(value, type));
            case "lt" -> builder.lessThan((Path<Comparable>) path, (Comparable) convert(value, type));
            case "lte" -> builder.lessThanOrEqualTo((Path<Comparable>) path, (Comparable) convert(value, type));
            default -> value == null ? path.isNull() : builder.equal(path, convert(value, type));
        };
    }

    /** A JSON value as the attribute's Java type; a value that cannot be one is an invalid filter. */
    private static Object convert(Object value, Class<?> type) {
        try {
            Class<?> target = type.isPrimitive() ? wrapper(type) : type;
            Object converted = JsonMapping.mapper().convertValue(value, target);
            if (converted == null) {
                throw new IllegalArgumentException("null");
            }
            return converted;
        } catch (IllegalArgumentException wrongType) {
            throw FieldErrors.general("Invalid filters provided");
        }
    }

    private static Class<?> wrapper(Class<?> primitive) {
        return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
    }

    private static Path<?> path(Root<?> root, String attribute) {
        Path<?> path = root;
        for (String part : attribute.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }
}
