package org.stocktree.platform.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the errors of the lines of a bulk request ({@code items}) so that every bad line is
 * reported at once, in InvenTree's shape {@code {"items": [{}, {"quantity": ["..."]}]}}:
 *
 * <pre>
 * LineErrors errors = new LineErrors("items", lines.size());
 * errors.add(1, "quantity", "Quantity must be greater than zero");
 * errors.throwIfAny();
 * </pre>
 */
public final class LineErrors {

    private final String field;
    private final List<Map<String, List<String>>> lines = new ArrayList<>();

    public LineErrors(String field, int count) {
        this.field = field;
        for (int i = 0; i < count; i++) {
            lines.add(new LinkedHashMap<>());
        }
    }

    /** Adds a message for a field of a line (counted from 0). */
    public LineErrors add(int line, String lineField, String message) {
        lines.get(line).computeIfAbsent(lineField, key -> new ArrayList<>()).add(message);
        return this;
    }

    /** Whether the line already has an error (later checks of it are then skipped, as DRF does). */
    public boolean has(int line) {
        return !lines.get(line).isEmpty();
    }

    public boolean isEmpty() {
        return lines.stream().allMatch(Map::isEmpty);
    }

    /** Throws the collected errors, if there are any. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw toErrors();
        }
    }

    FieldErrors toErrors() {
        return FieldErrors.ofLines(field, lines);
    }
}
