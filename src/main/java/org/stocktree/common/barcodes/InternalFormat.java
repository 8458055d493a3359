package org.stocktree.common.barcodes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stocktree.platform.rest.JsonMapping;

/**
 * The barcodes Stocktree prints for its own objects, in InvenTree's two formats: JSON naming the
 * model and id ({@code {"part": 12}}, readable by people and older clients) and short
 * ({@code INV-PA12}: a prefix, the model's two-character code and the id, small enough for tiny
 * labels). Both are always read, whichever one is generated, so labels printed before a change of
 * format still scan.
 */
public final class InternalFormat {

    /** The generated format: {@code json} or {@code short}, as InvenTree's INTERNAL_BARCODE_FORMAT. */
    public enum Style { JSON, SHORT }

    /** An object as a barcode names it: by model name (JSON) or by model code (short), and id. */
    public record Reference(String model, String code, long id) {
    }

    private final Style style;
    private final String prefix;
    private final Pattern shortPattern;

    public InternalFormat(String style, String prefix) {
        try {
            this.style = Style.valueOf(style.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("Barcode format must be json or short, not " + style, unknown);
        }
        this.prefix = prefix;
        this.shortPattern = Pattern.compile("^" + Pattern.quote(prefix) + "([0-9A-Z $%*+\\-./:]{2})(\\d+)$");
    }

    /** The barcode of one object. */
    public String generate(String model, String code, long id) {
        return style == Style.SHORT ? prefix + code + id : "{\"" + model + "\": " + id + "}";
    }

    /** The object a short barcode names: its model code and id; empty for any other text. */
    public Optional<Reference> readShort(String data) {
        Matcher match = shortPattern.matcher(data);
        if (!match.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Reference(null, match.group(1), Long.parseLong(match.group(2))));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    /**
     * The objects a JSON barcode may name, one per model in the order given: a JSON object with the
     * model's name as key and the id as a number or numeric text ({@code {"stockitem": "5"}}, as
     * InvenTree accepts). Anything else names nothing.
     */
    public List<Reference> readJson(String data, List<String> models) {
        JsonNode parsed;
        try {
            parsed = JsonMapping.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(data);
        } catch (JsonProcessingException notJson) {
            return List.of();
        }
        if (parsed == null || !parsed.isObject()) {
            return List.of();
        }
        return models.stream().filter(parsed::has)
                .flatMap(model -> id(parsed.get(model)).map(id -> new Reference(model, null, id)).stream())
                .toList();
    }

    /** A whole-number id from a JSON value, as Python's int() reads it; empty when it is none. */
    private static Optional<Long> id(JsonNode value) {
        try {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return Optional.of(value.longValue());
            }
            if (value.isFloatingPointNumber()) {
                return Optional.of(value.decimalValue().longValue());
            }
            if (value.isTextual()) {
                return Optional.of(new BigDecimal(value.textValue().strip()).longValueExact());
            }
        } catch (NumberFormatException | ArithmeticException notAnId) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
