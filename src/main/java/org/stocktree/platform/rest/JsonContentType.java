package org.stocktree.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes JSON responses with the bare {@code Content-Type: application/json}.
 *
 * <p>Existing InvenTree clients compare the header with that exact string, so a
 * {@code ;charset=UTF-8} suffix (JSON is UTF-8 by definition) would make them reject the answer.
 */
@Provider
public class JsonContentType implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.getParameters().isEmpty()) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
