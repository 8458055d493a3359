package org.stocktree.platform.rest;

import jakarta.ejb.ApplicationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that breaks a rule: answered with 400 and InvenTree's error shape,
 * {@code {"field": ["message"], "non_field_errors": ["message"]}}.
 *
 * <p>Entities and services throw it; {@link ErrorMapper} renders it. Being an application
 * exception, it rolls the transaction back, so a rejected request never writes half its work.
 */
@ApplicationException(rollback = true)
public class FieldErrors extends RuntimeException {

    public static final String NON_FIELD_ERRORS = "non_field_errors";

    private final Map<String, List<String>> errors;

    private FieldErrors(Map<String, List<String>> errors) {
        super(errors.toString(), null, false, false);
        this.errors = Map.copyOf(errors);
    }

    /** One message for one field. */
    public static FieldErrors of(String field, String message) {
        return new FieldErrors(Map.of(field, List.of(message)));
    }

    /** A message about the request as a whole. */
    public static FieldErrors general(String message) {
        return of(NON_FIELD_ERRORS, message);
    }

    /** Several fields at once, in the order given. */
    public static FieldErrors of(Map<String, List<String>> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("FieldErrors needs at least one error");
        }
        return new FieldErrors(new LinkedHashMap<>(errors));
    }

    public Map<String, List<String>> errors() {
        return errors;
    }
}
