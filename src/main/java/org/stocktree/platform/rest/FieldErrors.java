package org.stocktree.platform.rest;

import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that breaks a rule: answered with 400 and InvenTree's error shape,
 * {@code {"field": ["message"], "non_field_errors": ["message"]}}.
 *
 * <p>A list of objects (the lines of a bulk request) is answered as DRF answers a nested list
 * serializer: one object per line, empty for the good ones,
 * {@code {"items": [{}, {"quantity": ["message"]}]}}. Resources build that with {@link LineErrors}
 * or, for a single bad line, {@link #atLine}.
 *
 * <p>Entities and services throw it; {@link ErrorMapper} renders it. Being an application
 * exception, it rolls the transaction back, so a rejected request never writes half its work.
 */
@ApplicationException(rollback = true)
public class FieldErrors extends RuntimeException {

    public static final String NON_FIELD_ERRORS = "non_field_errors";

    private final Map<String, List<String>> errors;
    private final Map<String, Object> body;

    private FieldErrors(Map<String, List<String>> errors, Map<String, Object> body) {
        super(body.toString(), null, false, false);
        this.errors = Map.copyOf(errors);
        this.body = body;
    }

    private FieldErrors(Map<String, List<String>> errors) {
        this(errors, new LinkedHashMap<>(errors));
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

    /**
     * Errors of the lines of a list field, one map per line (empty for a good line), in the order
     * of the lines.
     */
    public static FieldErrors ofLines(String field, List<Map<String, List<String>>> lines) {
        Map<String, List<String>> flat = new LinkedHashMap<>();
        List<Map<String, List<String>>> shown = new ArrayList<>();
        for (Map<String, List<String>> line : lines) {
            line.forEach(flat::putIfAbsent);
            shown.add(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(line)));
        }
        if (flat.isEmpty()) {
            throw new IllegalArgumentException("FieldErrors needs at least one error");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(field, List.copyOf(shown));
        return new FieldErrors(flat, body);
    }

    /**
     * One error of one line of a list field of {@code lines} lines:
     * {@code atLine("items", 1, 3, "quantity", "...")} answers {@code {"items": [{}, {"quantity": ["..."]}, {}]}}.
     */
    public static FieldErrors atLine(String field, int line, int lines, String lineField, String message) {
        return new LineErrors(field, lines).add(line, lineField, message).toErrors();
    }

    /**
     * The messages by field, for callers that report them elsewhere (an import log); errors of
     * lines are merged, the first line's message winning per field.
     */
    public Map<String, List<String>> errors() {
        return errors;
    }

    /** What the client receives: {@link #errors()}, or for errors of lines the list of them. */
    public Map<String, Object> body() {
        return body;
    }
}
