package org.stocktree.platform.rest;

import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.stocktree.platform.persistence.SearchTerms;

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

    /**
     * The request's {@code search} with InvenTree's {@code search_regex}, {@code search_whole} and
     * {@code search_notes}; a term that is not a valid regular expression under
     * {@code search_regex} is a 400 on {@code search}.
     */
    public SearchTerms search() {
        try {
            return SearchTerms.of(uri.getQueryParameters().getFirst("search"), flag("search_regex"),
                    flag("search_whole"), flag("search_notes"));
        } catch (SearchTerms.Invalid invalid) {
            throw FieldErrors.of("search", invalid.getMessage());
        }
    }

    /** A flag read as InvenTree's {@code str2bool} reads it: a few words are true, anything else false. */
    private boolean flag(String name) {
        String value = uri.getQueryParameters().getFirst(name);
        return value != null && Set.of("1", "y", "yes", "t", "true", "on").contains(value.strip().toLowerCase(Locale.ROOT));
    }

    public Optional<String> text(String name) {
        return Optional.ofNullable(uri.getQueryParameters().getFirst(name)).filter(value -> !value.isBlank());
    }
}
