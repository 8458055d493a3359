package org.stocktree.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where exceptions become HTTP answers, in Django REST Framework's shapes.
 *
 * <ul>
 *   <li>{@link FieldErrors} and Bean Validation failures: 400 {@code {"field": ["message"]}}, or for the
 *       lines of a bulk request {@code {"items": [{}, {"field": ["message"]}]}}.
 *   <li>Unreadable JSON: 400 {@code {"non_field_errors": [...]}}.
 *   <li>JAX-RS exceptions (404, 405, 401, 403...): their status with {@code {"detail": "..."}}.
 *   <li>A regular expression the database refuses (a {@code search_regex} search): 400 on {@code search}.
 *   <li>A concurrent edit of the same row: 409, so the client can reload and retry.
 *   <li>Anything else: 500 with a generic detail; the cause is logged, not shown.
 * </ul>
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    private static final String INVALID_REGULAR_EXPRESSION = "2201B";

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable error = unwrap(thrown);
        if (error instanceof FieldErrors fieldErrors) {
            return json(Status.BAD_REQUEST, fieldErrors.body());
        }
        if (error instanceof ConstraintViolationException violations) {
            return json(Status.BAD_REQUEST, byField(violations));
        }
        JsonProcessingException unreadable = causeOfType(thrown, JsonProcessingException.class);
        if (unreadable != null) {
            return json(Status.BAD_REQUEST, unreadableBody(unreadable));
        }
        if (isInvalidRegex(thrown)) {
            return json(Status.BAD_REQUEST, Map.of("search", List.of("Invalid regular expression.")));
        }
        if (error instanceof OptimisticLockException) {
            return detail(Status.CONFLICT, "This object was changed by another request. Reload it and try again.");
        }
        if (error instanceof NotFoundException) {
            return detail(Status.NOT_FOUND, "Not found.");
        }
        if (error instanceof NotAllowedException notAllowed) {
            return Response.fromResponse(notAllowed.getResponse())
                    .entity(Map.of("detail", "Method not allowed."))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        if (error instanceof WebApplicationException web) {
            Response original = web.getResponse();
            if (original.getEntity() instanceof Map) {
                return original;
            }
            String message = web.getMessage() == null ? original.getStatusInfo().getReasonPhrase() : web.getMessage();
            return Response.fromResponse(original)
                    .entity(Map.of("detail", message))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        LOG.log(Level.SEVERE, "Unhandled error while serving a request", thrown);
        return detail(Status.INTERNAL_SERVER_ERROR, "Internal server error.");
    }

    /**
     * PostgreSQL's refusal of a regular expression (SQL state 2201B): a search term under
     * {@code search_regex} that Java's syntax, checked first, accepts and PostgreSQL's does not.
     */
    private static boolean isInvalidRegex(Throwable thrown) {
        java.sql.SQLException sql = causeOfType(thrown, java.sql.SQLException.class);
        return sql != null && INVALID_REGULAR_EXPRESSION.equals(sql.getSQLState());
    }

    /** Containers wrap what the application threw; answer for the application's exception. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current.getCause() != null && current != current.getCause()
                && (current instanceof EJBException || current instanceof RollbackException
                        || isWrappingPersistenceException(current))) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isWrappingPersistenceException(Throwable error) {
        return error instanceof PersistenceException && !(error instanceof OptimisticLockException)
                && error.getCause() instanceof OptimisticLockException;
    }

    /**
     * A body that is not JSON is a request error; JSON of the wrong shape is an error of the field
     * it occurred in (without naming Java types, which mean nothing to the client).
     */
    private static Map<String, List<String>> unreadableBody(JsonProcessingException unreadable) {
        StreamReadException syntax = causeOfType(unreadable, StreamReadException.class);
        if (syntax != null) {
            return Map.of(FieldErrors.NON_FIELD_ERRORS, List.of("Invalid JSON: " + syntax.getOriginalMessage()));
        }
        if (unreadable instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
            if (field != null) {
                return Map.of(field, List.of("Invalid value for this field."));
            }
        }
        if (unreadable instanceof JsonMappingException) {
            return Map.of(FieldErrors.NON_FIELD_ERRORS, List.of("Invalid data: the request body has the wrong shape."));
        }
        return Map.of(FieldErrors.NON_FIELD_ERRORS, List.of("Invalid JSON."));
    }

    private static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
        for (Throwable current = thrown; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }

    private static Map<String, List<String>> byField(ConstraintViolationException violations) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
            errors.computeIfAbsent(fieldName(violation), key -> new ArrayList<>()).add(violation.getMessage());
        }
        return errors.isEmpty() ? Map.of(FieldErrors.NON_FIELD_ERRORS, List.of("Invalid input.")) : errors;
    }

    /** The last node of the property path: {@code create.arg0.quantity} reports as {@code quantity}. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        String field = dot < 0 ? path : path.substring(dot + 1);
        return field.isEmpty() || field.startsWith("arg") ? FieldErrors.NON_FIELD_ERRORS : field;
    }

    private static Response detail(Status status, String message) {
        return json(status, Map.of("detail", message));
    }

    private static Response json(Status status, Object body) {
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
