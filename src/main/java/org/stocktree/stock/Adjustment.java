package org.stocktree.stock;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.stocktree.platform.rest.FieldErrors;

/**
 * The items of one stock adjustment request ({@code {"items": [{"pk": 5, "quantity": 2}, ...]}}),
 * read and locked. Items are locked ({@code SELECT ... FOR UPDATE}) in the order of their ids, so
 * two requests touching the same items wait for each other instead of deadlocking, and every
 * check (enough stock, not serialized) is made against the locked, current quantity: concurrent
 * adjustments never lose an update or drive stock negative.
 */
final class Adjustment {

    /** One line of the request, with its locked item. */
    record Line(StockItem item, BigDecimal quantity, String batch, Integer status, Integer statusCustomKey,
            String packaging, boolean hasBatch, boolean hasStatus, boolean hasPackaging) {
    }

    private Adjustment() {
    }

    /**
     * Reads the lines, answering 400 for anything malformed (all problems of the first bad line,
     * keyed by its field, as the items are a list), then locks the items.
     */
    static List<Line> read(JsonNode body, EntityManager em) {
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
        if (items.isEmpty()) {
            throw FieldErrors.general("A list of stock items must be provided");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode line : items) {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            if (!line.isObject()) {
                throw FieldErrors.of("items", "Invalid data. Expected a dictionary.");
            }
            JsonNode pk = line.get("pk");
            if (pk == null || pk.isNull()) {
                errors.put("pk", List.of("This field is required."));
            } else if (!(pk.isIntegralNumber() || pk.isTextual() && pk.asText().strip().matches("[0-9]{1,18}"))) {
                errors.put("pk", List.of("Incorrect type. Expected pk value, received " + (pk.isTextual() ? "str" : "dict")
                        + "."));
            } else {
                ids.add(pk.asLong());
            }
            JsonNode quantity = line.get("quantity");
            if (quantity == null || quantity.isNull()) {
                errors.put("quantity", List.of("This field is required."));
            } else {
                BigDecimal value = decimal(quantity);
                if (value == null) {
                    errors.put("quantity", List.of("A valid number is required."));
                } else if (value.signum() < 0) {
                    errors.put("quantity", List.of("Ensure this value is greater than or equal to 0."));
                }
            }
            if (!errors.isEmpty()) {
                throw FieldErrors.of(errors);
            }
        }
        Map<Long, StockItem> locked = lock(ids, em);
        List<Line> lines = new ArrayList<>();
        for (JsonNode line : items) {
            StockItem item = locked.get(line.get("pk").asLong());
            if (item == null) {
                throw FieldErrors.of("pk", "Invalid pk \"" + line.get("pk").asText() + "\" - object does not exist.");
            }
            StockStatuses.Resolved status = null;
            JsonNode sentStatus = line.get("status");
            boolean hasStatus = sentStatus != null && !sentStatus.isNull() && !sentStatus.asText().isBlank();
            if (hasStatus) {
                if (!sentStatus.canConvertToLong() && !sentStatus.asText().strip().matches("[0-9]{1,9}")) {
                    throw FieldErrors.of("status", "\"" + sentStatus.asText() + "\" is not a valid choice.");
                }
                status = StockStatuses.resolve(em, Long.parseLong(sentStatus.asText().strip()), "status");
            }
            String batch = text(line, "batch", 100);
            String packaging = text(line, "packaging", 50);
            lines.add(new Line(item, decimal(line.get("quantity")), batch, status == null ? null : status.status(),
                    status == null ? null : status.customKey(), packaging, line.has("batch"), hasStatus,
                    line.has("packaging")));
        }
        return lines;
    }

    /** Locks every named item, in the order of their ids. */
    private static Map<Long, StockItem> lock(List<Long> ids, EntityManager em) {
        Map<Long, StockItem> locked = new LinkedHashMap<>();
        for (Long id : new TreeSet<>(ids)) {
            StockItem item = em.find(StockItem.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (item != null) {
                locked.put(id, item);
            }
        }
        return locked;
    }

    private static BigDecimal decimal(JsonNode value) {
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

    private static String text(JsonNode line, String field, int maxLength) {
        JsonNode value = line.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        if (text.length() > maxLength) {
            throw FieldErrors.of(field, "Ensure this field has no more than " + maxLength + " characters.");
        }
        return text;
    }
}
