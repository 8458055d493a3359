package org.stocktree.platform.rest;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.stocktree.platform.persistence.ListQuery;

/** One page of a list, in Django REST Framework's envelope. */
public record Page<T>(long count, String next, String previous, List<T> results) {

    /**
     * The body of a list answer: the envelope when the request was paged, otherwise the bare rows.
     * {@code next} and {@code previous} are absolute links that keep every other query parameter.
     */
    public static Object body(UriInfo uri, PageRequest request, long count, List<?> rows) {
        if (!request.paged()) {
            return rows;
        }
        int limit = request.limit();
        int offset = request.offset();
        String next = offset + limit < count ? link(uri, limit, offset + limit) : null;
        String previous = offset > 0 ? link(uri, limit, Math.max(0, offset - limit)) : null;
        return new Page<>(count, next, previous, rows);
    }

    /**
     * The answer to a list request: the query's rows for the requested page, each turned into its
     * wire record. Two statements when paged (page and count), one when not.
     */
    public static <E, R> Object of(UriInfo uri, ListQuery<E> query, Function<E, R> row) {
        return ofAll(uri, query, entities -> entities.stream().map(row).toList());
    }

    /**
     * As {@link #of}, with the whole page turned into wire records at once, so that what the rows
     * need from other tables is read in one statement for the page, not one per row.
     */
    public static <E, R> Object ofAll(UriInfo uri, ListQuery<E> query, Function<List<E>, List<R>> rows) {
        PageRequest request = PageRequest.from(uri);
        // Counted first, while the session holds few rows: Hibernate flushes before each query and
        // would otherwise inspect the whole page again.
        Long count = request.paged() ? query.count() : null;
        List<R> page = rows.apply(query.page(request.limit(), request.offset()));
        query.release();
        return body(uri, request, count != null ? count : page.size(), page);
    }

    private static String link(UriInfo uri, int limit, int offset) {
        var builder = uri.getRequestUriBuilder().replaceQueryParam("limit", limit);
        builder = offset == 0 ? builder.replaceQueryParam("offset") : builder.replaceQueryParam("offset", offset);
        return builder.build().toString();
    }
}
