package org.stocktree.common.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stocktree.platform.rest.JsonMapping;

/**
 * The rules a setting's value must follow beyond its type, named in the catalogue ({@code "check"}).
 * Each answers the problem with a value, or nothing when the value is fine; the value given is
 * already of the setting's type (an integer setting's check sees a whole number).
 */
enum ValueCheck {

    /** Empty, or an absolute http(s) or ftp(s) address; a host without a top-level domain is fine. */
    URL("url") {
        @Override
        Optional<String> problem(String value, SettingContext context) {
            String address = value.strip();
            if (address.isEmpty()) {
                return Optional.empty();
            }
            try {
                URI uri = new URI(address);
                boolean known = uri.getScheme() != null
                        && List.of("http", "https", "ftp", "ftps").contains(uri.getScheme().toLowerCase(Locale.ROOT));
                return known && uri.getHost() != null ? Optional.empty() : Optional.of(INVALID_URL);
            } catch (URISyntaxException malformed) {
                return Optional.of(INVALID_URL);
            }
        }
    },

    /** Text that parses as JSON. */
    JSON("json") {
        @Override
        Optional<String> problem(String value, SettingContext context) {
            try {
                JsonMapping.mapper().readTree(value);
                return value.isBlank() ? Optional.of("Enter a valid JSON.") : Optional.empty();
            } catch (JsonProcessingException notJson) {
                return Optional.of("Enter a valid JSON.");
            }
        }
    },

    /** One or more ISO 4217 codes, each once. */
    CURRENCY_CODES("currency-codes") {
        @Override
        Optional<String> problem(String value, SettingContext context) {
            List<String> codes = CurrencyCodes.split(value);
            if (codes.isEmpty()) {
                return Optional.of("List at least one currency code.");
            }
            Set<String> seen = new HashSet<>();
            for (String code : codes) {
                if (CurrencyCodes.currency(code).isEmpty()) {
                    return Optional.of("Not an ISO 4217 currency code: " + code);
                }
                if (!seen.add(code)) {
                    return Optional.of("Currency code listed twice: " + code);
                }
            }
            return Optional.empty();
        }
    },

    /**
     * An order or build reference pattern in Python's format syntax: literal text with the field
     * {@code {ref}} (the running number, as in {@code {ref:04d}}) and optionally {@code {date}}.
     */
    REFERENCE_PATTERN("reference-pattern") {
        @Override
        Optional<String> problem(String value, SettingContext context) {
            Set<String> fields = new HashSet<>();
            int i = 0;
            while (i < value.length()) {
                char c = value.charAt(i);
                if (c == '{' && i + 1 < value.length() && value.charAt(i + 1) == '{'
                        || c == '}' && i + 1 < value.length() && value.charAt(i + 1) == '}') {
                    i += 2; // an escaped brace
                } else if (c == '}') {
                    return Optional.of(UNBALANCED_PATTERN);
                } else if (c == '{') {
                    int end = value.indexOf('}', i);
                    if (end < 0) {
                        return Optional.of(UNBALANCED_PATTERN);
                    }
                    fields.add(value.substring(i + 1, end).split("[:!]", 2)[0].strip());
                    i = end + 1;
                } else {
                    i++;
                }
            }
            if (!Set.of("ref", "date").containsAll(fields)) {
                return Optional.of("A reference pattern may only use the fields {ref} and {date}.");
            }
            return fields.contains("ref") ? Optional.empty()
                    : Optional.of("A reference pattern must contain the field {ref}.");
        }
    },

    /** Empty (no icon), or a Tabler icon as {@code ti:<name>:<variant>}. */
    ICON("icon") {
        private static final Pattern TABLER = Pattern.compile("ti:[a-z0-9]+(-[a-z0-9]+)*:(outline|filled)");

        @Override
        Optional<String> problem(String value, SettingContext context) {
            return value.isEmpty() || TABLER.matcher(value).matches() ? Optional.empty()
                    : Optional.of("Enter an icon as ti:<name>:<variant>, for example ti:package:outline.");
        }
    },

    /**
     * A part name template: every {@code {{ ... }}} expression must show at least one field of the
     * part ({@code part.name}, {@code part.IPN}, ...), and the expressions must be closed.
     */
    PART_NAME_FORMAT("part-name-format") {
        private static final Pattern EXPRESSION = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
        private static final Pattern PART_FIELD = Pattern.compile("part\\.([A-Za-z_]+)");

        @Override
        Optional<String> problem(String value, SettingContext context) {
            String outside = EXPRESSION.matcher(value).replaceAll("");
            if (outside.contains("{{") || outside.contains("}}")) {
                return Optional.of("Every {{ in the template must be closed by }}.");
            }
            Matcher expression = EXPRESSION.matcher(value);
            while (expression.find()) {
                Matcher field = PART_FIELD.matcher(expression.group(1));
                if (!field.find()) {
                    return Optional.of("Each {{ }} expression must use a field of the part, such as part.name.");
                }
                do {
                    if (!PART_FIELDS.contains(field.group(1))) {
                        return Optional.of("Parts have no field named " + field.group(1) + ".");
                    }
                } while (field.find());
            }
            return Optional.empty();
        }
    },

    /** Empty (anyone may sign up), or e-mail domains separated by commas, each written as {@code @example.com}. */
    EMAIL_DOMAINS("email-domains") {
        private static final Pattern DOMAIN = Pattern.compile("@[A-Za-z0-9._-]+");

        @Override
        Optional<String> problem(String value, SettingContext context) {
            if (value.isBlank()) {
                return Optional.empty();
            }
            for (String domain : value.split(",", -1)) {
                String trimmed = domain.strip();
                if (trimmed.isEmpty()) {
                    return Optional.of("An empty domain is not allowed.");
                }
                if (!DOMAIN.matcher(trimmed).matches()) {
                    return Optional.of("Write each domain as @example.com: " + trimmed);
                }
            }
            return Optional.empty();
        }
    },

    /** The fewest decimal places shown for prices cannot exceed the most. */
    DECIMAL_PLACES_MIN("decimal-places-min") {
        @Override
        Optional<String> problem(String value, SettingContext context) {
            long most = parseOr(context.globalText("PRICING_DECIMAL_PLACES"), 6);
            return Long.parseLong(value) > most
                    ? Optional.of("The minimum number of decimal places cannot exceed the maximum (" + most + ").")
                    : Optional.empty();
        }
    },

    /** The most decimal places shown for prices cannot be fewer than the fewest. */
    DECIMAL_PLACES_MAX("decimal-places-max") {
        @Override
        Optional<String> problem(String value, SettingContext context) {
            long fewest = parseOr(context.globalText("PRICING_DECIMAL_PLACES_MIN"), 0);
            return Long.parseLong(value) < fewest
                    ? Optional.of("The maximum number of decimal places cannot be less than the minimum (" + fewest + ").")
                    : Optional.empty();
        }
    };

    private static final String INVALID_URL = "Enter a valid URL.";
    private static final String UNBALANCED_PATTERN = "The pattern's braces do not match: write { and } as {{ and }}.";

    /** The part fields a name template may show (InvenTree's Part model). */
    static final Set<String> PART_FIELDS = Set.of("name", "IPN", "revision", "description", "keywords", "category",
            "variant_of", "is_template", "link", "units", "assembly", "component", "trackable", "testable",
            "purchaseable", "salable", "active", "locked", "virtual", "minimum_stock", "default_expiry", "pk", "id",
            "notes", "revision_of", "creation_date", "barcode_data");

    private final String catalogueName;

    ValueCheck(String catalogueName) {
        this.catalogueName = catalogueName;
    }

    /** What is wrong with the value, or nothing. */
    abstract Optional<String> problem(String value, SettingContext context);

    static ValueCheck named(String name) {
        for (ValueCheck check : values()) {
            if (check.catalogueName.equals(name)) {
                return check;
            }
        }
        throw new IllegalArgumentException("Unknown value check: " + name);
    }

    private static long parseOr(String text, long fallback) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException notNumber) {
            return fallback;
        }
    }
}
