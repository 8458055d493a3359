package org.stocktree.platform.rest;

import java.util.List;
import java.util.Map;

/**
 * The body of a bulk operation on a list endpoint: {@code {"items": [ids]}} and/or
 * {@code {"filters": {...}}}. At least one must select something.
 */
public record BulkRequest(List<Long> items, Map<String, Object> filters) {

    /** The selected ids; refuses a request that selects nothing, in InvenTree's words. */
    public List<Long> requireItems() {
        if ((items == null || items.isEmpty()) && (filters == null || filters.isEmpty())) {
            throw FieldErrors.general("List of items or filters must be provided for bulk operation");
        }
        if (items == null || items.isEmpty()) {
            throw FieldErrors.general("Invalid filters provided");
        }
        return items;
    }
}
