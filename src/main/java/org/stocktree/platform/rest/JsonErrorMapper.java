package org.stocktree.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Routes unreadable JSON to {@link ErrorMapper}. The server registers its own mapper for Jackson's
 * exceptions (a plain-text 400, logged as a server error); being more specific than
 * {@code ExceptionMapper<Throwable>}, it would win without this one.
 */
@Provider
public class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {

    private final ErrorMapper errors = new ErrorMapper();

    @Override
    public Response toResponse(JsonProcessingException unreadable) {
        return errors.toResponse(unreadable);
    }
}
