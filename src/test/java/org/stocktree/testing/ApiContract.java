package org.stocktree.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks API responses against InvenTree's OpenAPI schema (API 534): the contract Stocktree keeps.
 *
 * <p>A response must have every required field, no field the schema does not define, and values of
 * the declared types (nullable only where the schema allows null, enum values from the enum,
 * date-times that parse). List endpoints are described in the schema by their paged envelope;
 * an unpaged answer (a bare array) is checked item by item against the envelope's items.
 *
 * <p>The schema is read from {@code ../shared/inventree-api/api.yaml} next to the checkout, or
 * from the path in the system property {@code stocktree.api.schema}.
 */
public final class ApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, Object> spec;

    private ApiContract() {
    }

    /**
     * Fails with every mismatch when the body does not match the operation's response schema.
     *
     * @param nullWhereInvenTreeSendsNull top-level fields that InvenTree itself answers with null
     *     although its schema declares them non-nullable (for example the staff-only fields of
     *     {@code /api/} for other callers)
     */
    public static void assertResponse(String method, String path, int status, String body,
            String... nullWhereInvenTreeSendsNull) {
        Map<String, Object> schema = responseSchema(method, path, status);
        Object value;
        try {
            value = JSON.readValue(body, Object.class);
        } catch (JsonProcessingException notJson) {
            throw new AssertionError(method + " " + path + " did not answer JSON: " + body, notJson);
        }
        List<String> errors = new ArrayList<>();
        Map<String, Object> resolved = resolve(schema);
        if (value instanceof List<?> rows && isPagedEnvelope(resolved)) {
            Map<String, Object> item = map(map(map(resolved.get("properties")).get("results")).get("items"));
            for (int i = 0; i < rows.size(); i++) {
                check(rows.get(i), item, "$[" + i + "]", errors);
            }
        } else {
            check(value, schema, "$", errors);
        }
        for (String field : nullWhereInvenTreeSendsNull) {
            errors.remove("$." + field + ": null where the schema does not allow it");
        }
        if (!errors.isEmpty()) {
            throw new AssertionError(method.toUpperCase() + " " + path + " " + status
                    + " does not match InvenTree's schema:\n  " + String.join("\n  ", errors) + "\nbody: " + body);
        }
    }

    /** Every path the schema defines ({@code /api/part/{id}/}). */
    public static Set<String> paths() {
        return map(spec().get("paths")).keySet();
    }

    /** The OAuth2 scopes the schema requires for the operation (empty when it needs none). */
    @SuppressWarnings("unchecked")
    public static List<String> scopes(String method, String path) {
        Map<String, Object> operation = map(map(map(spec().get("paths")).get(path)).get(method.toLowerCase()));
        if (operation == null || !operation.containsKey("security")) {
            return List.of();
        }
        for (Object requirement : (List<Object>) operation.get("security")) {
            Object oauth = map(requirement).get("oauth2");
            if (oauth != null) {
                return (List<String>) oauth;
            }
        }
        return List.of();
    }

    /**
     * The choices of one of the schema's enum components, with the label its description gives
     * each ({@code * `10` - OK}), in the schema's order.
     */
    public static Map<Object, String> choices(String component) {
        Map<String, Object> schema = map(map(map(spec().get("components")).get("schemas")).get(component));
        if (schema == null || !schema.containsKey("enum")) {
            throw new AssertionError("InvenTree's schema has no enum component " + component);
        }
        Map<Object, String> choices = new java.util.LinkedHashMap<>();
        String description = String.valueOf(schema.getOrDefault("description", ""));
        for (Object value : (List<?>) schema.get("enum")) {
            java.util.regex.Matcher label = java.util.regex.Pattern
                    .compile("\\* `" + java.util.regex.Pattern.quote(String.valueOf(value)) + "` - (.*)")
                    .matcher(description);
            choices.put(value, label.find() ? label.group(1).strip() : null);
        }
        return choices;
    }

    /** Whether the schema defines the operation at all. */
    public static boolean defines(String method, String path) {
        Map<String, Object> operations = map(map(spec().get("paths")).get(path));
        return operations != null && operations.containsKey(method.toLowerCase());
    }

    private static Map<String, Object> responseSchema(String method, String path, int status) {
        Map<String, Object> operation = map(map(map(spec().get("paths")).get(path)).get(method.toLowerCase()));
        if (operation == null) {
            throw new AssertionError("InvenTree's schema has no " + method + " " + path);
        }
        Map<String, Object> response = map(map(operation.get("responses")).get(String.valueOf(status)));
        if (response == null) {
            throw new AssertionError("InvenTree's schema has no " + status + " response for " + method + " " + path);
        }
        return map(map(map(response.get("content")).get("application/json")).get("schema"));
    }

    private static boolean isPagedEnvelope(Map<String, Object> schema) {
        Map<String, Object> properties = map(schema.get("properties"));
        return properties != null && properties.containsKey("results") && properties.containsKey("count");
    }

    private static void check(Object value, Map<String, Object> schemaOrRef, String where, List<String> errors) {
        Map<String, Object> schema = resolve(schemaOrRef);
        if (schema.containsKey("allOf")) {
            for (Object part : (List<?>) schema.get("allOf")) {
                if (value == null && Boolean.TRUE.equals(schema.get("nullable"))) {
                    return;
                }
                check(value, map(part), where, errors);
            }
            return;
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (schema.containsKey(alternatives)) {
                if (value == null && Boolean.TRUE.equals(schema.get("nullable"))) {
                    return; // nullable beside the alternatives admits null, as for an attachment's link
                }
                boolean any = false;
                for (Object option : (List<?>) schema.get(alternatives)) {
                    List<String> optionErrors = new ArrayList<>();
                    check(value, map(option), where, optionErrors);
                    any |= optionErrors.isEmpty();
                }
                if (!any) {
                    errors.add(where + ": matches none of the " + alternatives + " alternatives");
                }
                return;
            }
        }
        if (value == null) {
            if (!Boolean.TRUE.equals(schema.get("nullable")) && !schema.isEmpty()) {
                errors.add(where + ": null where the schema does not allow it");
            }
            return;
        }
        if (schema.containsKey("enum") && !((List<?>) schema.get("enum")).contains(value)) {
            errors.add(where + ": " + value + " is not one of " + schema.get("enum"));
        }
        String type = (String) schema.get("type");
        if (type == null) {
            type = schema.containsKey("properties") ? "object" : null;
        }
        if (type == null) {
            return;
        }
        switch (type) {
            case "object" -> checkObject(value, schema, where, errors);
            case "array" -> {
                if (!(value instanceof List<?> list)) {
                    errors.add(where + ": expected an array, got " + value);
                } else if (schema.containsKey("items")) {
                    for (int i = 0; i < list.size(); i++) {
                        check(list.get(i), map(schema.get("items")), where + "[" + i + "]", errors);
                    }
                }
            }
            case "string" -> checkString(value, schema, where, errors);
            case "integer" -> {
                if (!(value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger)) {
                    errors.add(where + ": expected an integer, got " + value);
                }
            }
            case "number" -> {
                if (!(value instanceof Number)) {
                    errors.add(where + ": expected a number, got " + value);
                }
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    errors.add(where + ": expected a boolean, got " + value);
                }
            }
            default -> errors.add(where + ": schema type " + type + " is not understood by this check");
        }
    }

    private static void checkObject(Object value, Map<String, Object> schema, String where, List<String> errors) {
        if (!(value instanceof Map<?, ?> object)) {
            errors.add(where + ": expected an object, got " + value);
            return;
        }
        Map<String, Object> properties = map(schema.get("properties"));
        if (properties == null) {
            return; // a free-form object (additionalProperties)
        }
        Object required = schema.get("required");
        if (required instanceof List<?> names) {
            for (Object name : names) {
                if (!object.containsKey(name)) {
                    errors.add(where + "." + name + ": required but missing");
                }
            }
        }
        for (Map.Entry<?, ?> field : object.entrySet()) {
            Map<String, Object> property = map(properties.get(field.getKey()));
            if (property == null) {
                errors.add(where + "." + field.getKey() + ": not defined by the schema");
            } else {
                check(field.getValue(), property, where + "." + field.getKey(), errors);
            }
        }
    }

    private static void checkString(Object value, Map<String, Object> schema, String where, List<String> errors) {
        if (!(value instanceof String text)) {
            errors.add(where + ": expected a string, got " + value);
            return;
        }
        try {
            if ("date-time".equals(schema.get("format"))) {
                OffsetDateTime.parse(text);
            } else if ("date".equals(schema.get("format"))) {
                LocalDate.parse(text);
            }
        } catch (DateTimeParseException unparseable) {
            errors.add(where + ": '" + text + "' is not a valid " + schema.get("format"));
        }
    }

    private static Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> current = schema == null ? Map.of() : schema;
        while (current.containsKey("$ref")) {
            String ref = (String) current.get("$ref");
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            current = map(map(map(spec().get("components")).get("schemas")).get(name));
            if (current == null) {
                throw new AssertionError("unresolvable schema reference " + ref);
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static synchronized Map<String, Object> spec() {
        if (spec == null) {
            Path file = Path.of(System.getProperty("stocktree.api.schema", "../shared/inventree-api/api.yaml"));
            if (!Files.isRegularFile(file)) {
                throw new AssertionError("InvenTree's API schema is not at " + file.toAbsolutePath()
                        + "; set -Dstocktree.api.schema=<path to api.yaml of API version 534>");
            }
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(64 * 1024 * 1024);
            try (InputStream in = Files.newInputStream(file)) {
                spec = new Yaml(options).load(in);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return spec;
    }
}
