package org.stocktree.platform.rest;

import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Optional;

/** Reads the typed filters of a list request, rejecting malformed values as django-filter does. */
public final class QueryFilters {

    private final UriInfo uri;

    private QueryFilters(UriInfo uri) {
        this.uri = uri;
    }

    public static QueryFilters of(UriInfo uri) {
        return new QueryFilters(uri);
    }

    /** {@code true/false}, {@code 1/0}, {@code yes/no}; absent or blank is empty; anything else a 400. */
    public Optional<Boolean> bool(String name) {
        String value = uri.getQueryParameters().getFirst(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> Optional.of(true);
            case "false", "0", "no", "off" -> Optional.of(false);
            default -> throw FieldErrors.of(name, "Select a valid choice. " + value + " is not one of the available choices.");
        };
    }

    /** A whole number, such as the id of a related object; anything else a 400. */
    public Optional<Long> id(String name) {
        String value = uri.getQueryParameters().getFirst(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException notNumber) {
            throw FieldErrors.of(name, "Select a valid choice. That choice is not one of the available choices.");
        }
    }

    public Optional<String> text(String name) {
        return Optional.ofNullable(uri.getQueryParameters().getFirst(name)).filter(value -> !value.isBlank());
    }
}
