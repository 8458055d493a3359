package org.stocktree.stock;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.LineErrors;

/**
 * The items of one stock adjustment request ({@code {"items": [{"pk": 5, "quantity": 2}, ...]}}),
 * read and locked. Items are locked together ({@code SELECT ... FOR UPDATE}, {@link ItemLocks}) in the order of their ids, so
 * two requests touching the same items wait for each other instead of deadlocking, and every
 * check (enough stock, not serialized) is made against the locked, current quantity: concurrent
 * adjustments never lose an update or drive stock negative.
 *
 * <p>Problems of a line are reported per line, as InvenTree's nested serializers do
 * ({@code {"items": [{}, {"quantity": ["..."]}]}}), every bad line at once: the reader collects
 * what is wrong with the lines' shape and leaves those lines out of {@link #lines()}, the
 * resource adds what breaks a rule of the locked item ({@link #refuse}) and finishes with
 * {@link #check()}, before anything that concerns the request as a whole.
 */
final class Adjustment {

    /** One line of the request (its position counted from 0), with its locked item. */
    record Line(int index, StockItem item, BigDecimal quantity, String batch, Integer status, Integer statusCustomKey,
            String packaging, boolean hasBatch, boolean hasStatus, boolean hasPackaging, boolean merge) {
    }

    /** What the items must be before the adjustment (InvenTree's {@code require_in_stock}). */
    enum Requirement {
        /** Not sent to a customer, installed, shipped, consumed or in production. */
        IN_STOCK,
        /** Not in stock: items coming back. */
        NOT_IN_STOCK,
        ANY
    }

    private final List<Line> lines;
    private final LineErrors errors;

    private Adjustment(List<Line> lines, LineErrors errors) {
        this.lines = lines;
        this.errors = errors;
    }

    List<Line> lines() {
        return lines;
    }

    /** Marks a line as refused; the request fails at {@link #check()} with every refused line. */
    void refuse(Line line, String field, String message) {
        errors.add(line.index(), field, message);
    }

    /** Whether a line has been refused already (its further checks and changes are skipped). */
    boolean refused(Line line) {
        return errors.has(line.index());
    }

    /** Answers 400 with every refused line, rolling back what the good lines changed. */
    void check() {
        errors.throwIfAny();
    }

    /**
     * Reads lines of {@code pk} and {@code quantity} (and optional batch, status, packaging),
     * answering 400 for anything malformed, then locks the items and checks the requirement.
     */
    static Adjustment read(JsonNode body, EntityManager em, Requirement requirement, boolean nonZero) {
        return read(body, em, requirement, nonZero, null, false);
    }

    /**
     * As {@link #read(JsonNode, EntityManager, Requirement, boolean)}, locking along with the items
     * the stock at the destination they may merge into: that of every line ({@code everyLine}) or
     * of the lines sent with {@code "merge": true}.
     */
    static Adjustment read(JsonNode body, EntityManager em, Requirement requirement, boolean nonZero,
            MergeTargets targets, boolean everyLine) {
        JsonNode items = items(body);
        LineErrors errors = new LineErrors("items", items.size());
        Long[] ids = new Long[items.size()];
        boolean[] merges = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            JsonNode line = items.get(i);
            ids[i] = id(line, "pk", i, errors);
            JsonNode quantity = line.get("quantity");
            if (quantity == null || quantity.isNull()) {
                errors.add(i, "quantity", "This field is required.");
            } else {
                BigDecimal value = decimal(quantity);
                if (value == null) {
                    errors.add(i, "quantity", "A valid number is required.");
                } else if (value.signum() < 0) {
                    errors.add(i, "quantity", "Ensure this value is greater than or equal to 0.");
                } else if (nonZero && value.signum() == 0) {
                    errors.add(i, "quantity", "Quantity must be greater than zero");
                }
            }
            checkLength(line, "batch", 100, i, errors);
            checkLength(line, "packaging", 50, i, errors);
            merges[i] = everyLine || merge(line, i, errors);
        }
        Map<Long, StockItem> locked;
        if (targets == null) {
            locked = ItemLocks.byId(em, Arrays.asList(ids));
        } else {
            Long[] merging = new Long[ids.length];
            for (int i = 0; i < ids.length; i++) {
                merging[i] = merges[i] ? ids[i] : null;
            }
            locked = ItemLocks.byId(em, Arrays.asList(targets.withCandidates(ids, merging)));
            targets.lockedAll(locked.values());
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode line = items.get(i);
            StockItem item = existing(ids[i], line.get("pk"), "pk", locked, i, errors);
            if (item != null) {
                checkRequirement(item, requirement, i, errors);
            }
            StockStatuses.Resolved status = null;
            JsonNode sentStatus = line.get("status");
            boolean hasStatus = sentStatus != null && !sentStatus.isNull() && !sentStatus.asText().isBlank();
            if (hasStatus) {
                status = status(sentStatus, em, i, errors);
            }
            if (!errors.has(i)) {
                lines.add(new Line(i, item, decimal(line.get("quantity")), text(line, "batch"),
                        status == null ? null : status.status(), status == null ? null : status.customKey(),
                        text(line, "packaging"), line.has("batch"), hasStatus, line.has("packaging"), merges[i]));
            }
        }
        return new Adjustment(lines, errors);
    }

    /**
     * Reads lines naming only an item ({@code {"items": [{"item": 5}, ...]}}, as merging does),
     * then locks the items. The lines keep the request's order; their quantity is the item's.
     */
    static Adjustment readItems(JsonNode body, EntityManager em) {
        JsonNode items = items(body);
        LineErrors errors = new LineErrors("items", items.size());
        Long[] ids = new Long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            ids[i] = id(items.get(i), "item", i, errors);
        }
        Map<Long, StockItem> locked = ItemLocks.byId(em, Arrays.asList(ids));
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            StockItem item = existing(ids[i], items.get(i).get("item"), "item", locked, i, errors);
            if (item != null && !errors.has(i)) {
                lines.add(new Line(i, item, item.getQuantity(), null, null, null, null, false, false, false, false));
            }
        }
        return new Adjustment(lines, errors);
    }

    /** The list of lines, refusing a body or list of the wrong shape as a whole. */
    private static JsonNode items(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw FieldErrors.general("Invalid data. Expected a dictionary, but got "
                    + (body == null || body.isNull() ? "NoneType" : body.isArray() ? "list" : "str") + ".");
        }
        JsonNode items = body.get("items");
        if (items == null || items.isNull()) {
            throw FieldErrors.of("items", "This field is required.");
        }
        if (!items.isArray()) {
            throw FieldErrors.of("items", "Expected a list of items but got type \"" + (items.isTextual() ? "str" : "dict")
                    + "\".");
        }
        LineErrors shapes = new LineErrors("items", items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode line = items.get(i);
            if (!line.isObject()) {
                shapes.add(i, FieldErrors.NON_FIELD_ERRORS, "Invalid data. Expected a dictionary, but got "
                        + (line.isNull() ? "NoneType" : line.isArray() ? "list" : line.isNumber() ? "int" : "str") + ".");
            }
        }
        shapes.throwIfAny();
        if (items.isEmpty()) {
            throw FieldErrors.general("A list of stock items must be provided");
        }
        return items;
    }

    private static Long id(JsonNode line, String field, int index, LineErrors errors) {
        JsonNode pk = line.get(field);
        if (pk == null || pk.isNull()) {
            errors.add(index, field, "This field is required.");
            return null;
        }
        if (!(pk.isIntegralNumber() || pk.isTextual() && pk.asText().strip().matches("[0-9]{1,18}"))) {
            errors.add(index, field, "Incorrect type. Expected pk value, received " + (pk.isTextual() ? "str" : "dict")
                    + ".");
            return null;
        }
        return Long.parseLong(pk.asText().strip());
    }

    private static StockItem existing(Long id, JsonNode pk, String field, Map<Long, StockItem> locked, int index,
            LineErrors errors) {
        if (id == null) {
            return null;
        }
        StockItem item = locked.get(id);
        if (item == null) {
            errors.add(index, field, "Invalid pk \"" + pk.asText() + "\" - object does not exist.");
        }
        return item;
    }

    private static void checkRequirement(StockItem item, Requirement requirement, int index, LineErrors errors) {
        if (requirement == Requirement.IN_STOCK && !item.canAdjust()) {
            errors.add(index, "pk", "Stock item is not in stock");
        } else if (requirement == Requirement.NOT_IN_STOCK && item.inStock()) {
            errors.add(index, "pk", "Stock item is already in stock");
        }
    }

    private static StockStatuses.Resolved status(JsonNode sent, EntityManager em, int index, LineErrors errors) {
        if (!sent.canConvertToLong() && !sent.asText().strip().matches("[0-9]{1,9}")) {
            errors.add(index, "status", "\"" + sent.asText() + "\" is not a valid choice.");
            return null;
        }
        try {
            return StockStatuses.resolve(em, Long.parseLong(sent.asText().strip()), "status");
        } catch (FieldErrors invalid) {
            invalid.errors().forEach((field, messages) -> messages.forEach(message -> errors.add(index, field, message)));
            return null;
        }
    }

    private static BigDecimal decimal(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.asText().strip());
            } catch (NumberFormatException notNumber) {
                return null;
            }
        }
        return null;
    }

    /** The line's {@code merge} option (false when not sent). */
    private static boolean merge(JsonNode line, int index, LineErrors errors) {
        JsonNode merge = line.get("merge");
        if (merge == null || merge.isNull()) {
            return false;
        }
        List<String> problems = new ArrayList<>();
        Object value = FormField.readBoolean(merge, problems);
        problems.forEach(problem -> errors.add(index, "merge", problem));
        return Boolean.TRUE.equals(value);
    }

    private static void checkLength(JsonNode line, String field, int maxLength, int index, LineErrors errors) {
        String text = text(line, field);
        if (text != null && text.length() > maxLength) {
            errors.add(index, field, "Ensure this field has no more than " + maxLength + " characters.");
        }
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? null : value.asText().strip();
    }
}
