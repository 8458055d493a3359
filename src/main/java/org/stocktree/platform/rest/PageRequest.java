package org.stocktree.platform.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

/**
 * The {@code limit}/{@code offset} pair of a list request.
 *
 * <p>As in InvenTree, a list without {@code limit} is not paged at all: the answer is a plain JSON
 * array of every row. A limit that is not a positive number is treated as absent, as Django REST
 * Framework's limit/offset pagination does.
 */
public record PageRequest(Integer limit, int offset) {

    public static final PageRequest UNPAGED = new PageRequest(null, 0);

    public static PageRequest from(UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Integer limit = positive(query.getFirst("limit"));
        Integer offset = positive(query.getFirst("offset"));
        return new PageRequest(limit, offset == null ? 0 : offset);
    }

    public boolean paged() {
        return limit != null;
    }

    private static Integer positive(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.trim());
            return number >= 0 ? number : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
