package org.stocktree.common.search;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.function.Function;

/**
 * A kind of object the global search lists: the list endpoint that lists it (whose declared role
 * decides who may see it), the filters the kind always adds ({@code supplier} is companies that
 * supply), and the endpoint's list for a query.
 */
record SearchKind(Class<?> resource, Map<String, String> fixed, Function<UriInfo, Object> list) {

    static SearchKind of(Class<?> resource, Function<UriInfo, Object> list) {
        return new SearchKind(resource, Map.of(), list);
    }

    SearchKind with(String filter, String value) {
        return new SearchKind(resource, Map.of(filter, value), list);
    }

    /** The endpoint's {@code GET} list method, which declares the role the list needs. */
    Method listMethod() {
        try {
            return resource.getMethod("list");
        } catch (NoSuchMethodException missing) {
            throw new IllegalStateException(resource + " has no list method", missing);
        }
    }

    /** The list's path under {@code /api/}, as its resource declares it. */
    String path() {
        return resource.getAnnotation(Path.class).value();
    }
}
