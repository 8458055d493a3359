package org.stocktree.platform.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One record of a fixture: {@code {model: "auth.user", pk: 3, fields: {...}}}.
 *
 * <p>The typed readers reject values of the wrong kind with a message naming the field; a field
 * that is absent or null reads as null, so importers can tell "not given" from a value.
 *
 * @param model the model label, lower-cased as Django compares them ({@code common.InvenTreeSetting}
 *     and {@code common.inventreesetting} are one model)
 * @param position the record's place in its source, from 1, to find it in a long file
 */
public record FixtureRecord(String model, JsonNode pk, ObjectNode fields, String source, int position) {

    /** How errors name the record: {@code auth.user pk 3 (users.yaml, record 7)}. */
    public String describe() {
        String key = pk == null || pk.isNull() || pk.isMissingNode() ? "without pk" : "pk " + pk;
        return model + " " + key + " (" + source + ", record " + position + ")";
    }

    /** The primary key, which must be a positive whole number for the models Stocktree keeps ids of. */
    public long id() {
        if (pk == null || !pk.canConvertToLong() || !pk.isIntegralNumber() || pk.asLong() < 1) {
            throw new RecordRejected("the pk must be a positive whole number");
        }
        return pk.asLong();
    }

    /** Whether the record gives the field (a null value counts as not given). */
    public boolean has(String field) {
        JsonNode value = fields.get(field);
        return value != null && !value.isNull();
    }

    /** A text field; numbers are accepted as their text. */
    public String text(String field) {
        JsonNode value = fields.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new RecordRejected("field '" + field + "' must be text");
        }
        return value.asText();
    }

    /** A text field that must not be longer than the column holding it. */
    public String text(String field, int maxLength) {
        String value = text(field);
        if (value != null && value.length() > maxLength) {
            throw new RecordRejected("field '" + field + "' is longer than " + maxLength + " characters");
        }
        return value;
    }

    /** A text field that must be given and not blank, stripped of surrounding spaces. */
    public String requiredText(String field, int maxLength) {
        String value = text(field, maxLength);
        if (value == null || value.isBlank()) {
            throw new RecordRejected("field '" + field + "' is required");
        }
        return value.strip();
    }

    /** A JSON object field (such as {@code metadata}) as JSON text; absent reads as null. */
    public String object(String field) {
        JsonNode value = fields.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new RecordRejected("field '" + field + "' must be an object");
        }
        return value.toString();
    }

    public Boolean bool(String field) {
        JsonNode value = fields.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new RecordRejected("field '" + field + "' must be true or false");
        }
        return value.booleanValue();
    }

    /**
     * A date and time as Django writes it ({@code 2024-05-01T10:00:00.123Z} in JSON,
     * {@code 2024-05-01 10:00:00.123456+00:00} in YAML); one without an offset is taken as UTC,
     * InvenTree's default time zone.
     */
    public OffsetDateTime dateTime(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        String iso = value.strip().replaceFirst(" ", "T");
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                throw new RecordRejected("field '" + field + "' is not a date and time: " + value);
            }
        }
    }

    /**
     * A reference to another record by its pk; absent or null reads as null. Natural keys (lists)
     * are refused: the models that use them read them themselves.
     */
    public Long reference(String field) {
        JsonNode value = fields.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || value.asLong() < 1) {
            throw new RecordRejected("field '" + field + "' must be the pk of the record it refers to");
        }
        return value.asLong();
    }

    /** A whole number (Django writes them as numbers, sometimes as text); absent reads as null. */
    public Long integer(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException notWhole) {
            throw new RecordRejected("field '" + field + "' must be a whole number");
        }
    }

    /** A decimal, exactly as written; absent reads as null. */
    public BigDecimal decimal(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new RecordRejected("field '" + field + "' must be a number");
        }
    }

    /** A date ({@code 2024-05-01}); absent reads as null. */
    public LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw new RecordRejected("field '" + field + "' is not a date: " + value);
        }
    }

    /** A list field (many-to-many references); absent reads as null. */
    public List<JsonNode> list(String field) {
        JsonNode value = fields.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw new RecordRejected("field '" + field + "' must be a list");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }
}
