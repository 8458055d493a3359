package org.stocktree.common.search;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * The query one kind of a global search is listed with: the search request's own URI information,
 * but the kind's filters as query parameters and, for the page links, the kind's own list path, so
 * that {@code next} and {@code previous} lead to the list endpoint itself.
 */
final class KindQuery implements UriInfo {

    private final UriInfo request;
    private final String listPath;
    private final MultivaluedMap<String, String> parameters;

    KindQuery(UriInfo request, String listPath, MultivaluedMap<String, String> parameters) {
        this.request = request;
        this.listPath = listPath;
        this.parameters = new MultivaluedHashMap<>(parameters);
    }

    @Override
    public MultivaluedMap<String, String> getQueryParameters() {
        return parameters;
    }

    @Override
    public MultivaluedMap<String, String> getQueryParameters(boolean decode) {
        return parameters;
    }

    @Override
    public URI getRequestUri() {
        return getRequestUriBuilder().build();
    }

    @Override
    public UriBuilder getRequestUriBuilder() {
        UriBuilder builder = getAbsolutePathBuilder();
        parameters.forEach((name, values) -> builder.queryParam(name, values.toArray()));
        return builder;
    }

    @Override
    public URI getAbsolutePath() {
        return getAbsolutePathBuilder().build();
    }

    @Override
    public UriBuilder getAbsolutePathBuilder() {
        return request.getBaseUriBuilder().path(listPath + "/");
    }

    @Override
    public String getPath() {
        return listPath + "/";
    }

    @Override
    public String getPath(boolean decode) {
        return getPath();
    }

    @Override
    public List<PathSegment> getPathSegments() {
        return request.getPathSegments();
    }

    @Override
    public List<PathSegment> getPathSegments(boolean decode) {
        return request.getPathSegments(decode);
    }

    @Override
    public URI getBaseUri() {
        return request.getBaseUri();
    }

    @Override
    public UriBuilder getBaseUriBuilder() {
        return request.getBaseUriBuilder();
    }

    @Override
    public MultivaluedMap<String, String> getPathParameters() {
        return new MultivaluedHashMap<>();
    }

    @Override
    public MultivaluedMap<String, String> getPathParameters(boolean decode) {
        return new MultivaluedHashMap<>();
    }

    @Override
    public List<String> getMatchedURIs() {
        return request.getMatchedURIs();
    }

    @Override
    public List<String> getMatchedURIs(boolean decode) {
        return request.getMatchedURIs(decode);
    }

    @Override
    public List<Object> getMatchedResources() {
        return request.getMatchedResources();
    }

    @Override
    public URI resolve(URI uri) {
        return request.resolve(uri);
    }

    @Override
    public URI relativize(URI uri) {
        return request.relativize(uri);
    }
}
