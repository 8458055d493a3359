package org.stocktree.common.search;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.Submits;

/**
 * {@code POST /api/search/}: one search over several kinds of objects, as InvenTree's global
 * search. Each kind the body names (with an object of extra filters) is answered with the page
 * its own list endpoint gives for those filters plus the search, {@code limit} (1 by default) and
 * {@code offset}; a kind the caller may not view, or whose filters are refused, is answered with
 * an {@code error}. Kinds not named are left out.
 *
 * <p>Not transactional itself: each kind's list runs in its own transaction, so a kind refusing
 * its filters does not undo the others.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final String NOT_PERMITTED = "User does not have permission to view this model";

    static final String NOT_SERVED = "Stocktree does not list this kind of object yet";

    /** What every kind's list is given from the body, with InvenTree's defaults. */
    private static final Map<String, String> PASSED_ON = Map.of("search", "", "search_regex", "false",
            "search_whole", "false", "search_notes", "false", "limit", "1", "offset", "0");

    /**
     * What OPTIONS describes: the fields every search reads. The kinds to search are further keys,
     * each an object of that kind's list filters.
     */
    static final Form FORM = Form.of("API Search", "Search several kinds of objects at once.", null,
            FormField.text("search", 1000).required().label("Search"),
            FormField.bool("search_regex").defaultValue(false).label("Search regex"),
            FormField.bool("search_whole").defaultValue(false).label("Search whole"),
            FormField.bool("search_notes").defaultValue(false).label("Search notes"),
            FormField.integer("limit").defaultValue(1).label("Limit"),
            FormField.integer("offset").defaultValue(0).label("Offset"));

    @Inject
    SearchKinds kinds;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest servletRequest;

    @POST
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public Map<String, Object> search(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw FieldErrors.general("Invalid data. Expected a dictionary.");
        }
        if (!body.has("search")) {
            throw FieldErrors.of("search", "Search term must be provided");
        }
        MultivaluedMap<String, String> passed = new MultivaluedHashMap<>();
        PASSED_ON.forEach((name, fallback) -> passed.put(name, body.has(name) ? values(body.get(name))
                : new ArrayList<>(List.of(fallback))));
        // A search that cannot run is the request's error, not each kind's.
        QueryFilters.of(new KindQuery(uri, "search", passed)).search();
        Map<String, Object> results = new LinkedHashMap<>();
        kinds.all().forEach((name, kind) -> {
            if (body.path(name).isObject()) {
                results.put(name, answer(kind, body.get(name), passed));
            }
        });
        SearchKinds.NOT_SERVED.stream().filter(body::has).forEach(name -> results.put(name, error(NOT_SERVED)));
        return results;
    }

    private Object answer(SearchKind kind, JsonNode filters, MultivaluedMap<String, String> passed) {
        if (AccessControl.refusal(kind.listMethod(), kind.resource(), HttpMethod.GET, security, servletRequest)
                .isPresent()) {
            return error(NOT_PERMITTED);
        }
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        filters.fields().forEachRemaining(field -> query.put(field.getKey(), values(field.getValue())));
        passed.forEach((name, values) -> query.put(name, new ArrayList<>(values)));
        kind.fixed().forEach((name, value) -> query.put(name, new ArrayList<>(List.of(value))));
        try {
            return kind.list().apply(new KindQuery(uri, kind.path(), query));
        } catch (RuntimeException failed) {
            FieldErrors refused = refusal(failed);
            if (refused == null) {
                throw failed;
            }
            return error(describe(refused));
        }
    }

    /** A JSON value as query parameter values: text as it is, a list as its items, null as none. */
    private static List<String> values(JsonNode value) {
        List<String> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> items.add(item.asText()));
        } else if (!value.isNull()) {
            items.add(value.asText());
        }
        return items;
    }

    private static FieldErrors refusal(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof FieldErrors errors) {
                return errors;
            }
        }
        return null;
    }

    private static String describe(FieldErrors refused) {
        return refused.errors().entrySet().stream()
                .map(field -> field.getKey() + ": " + String.join(" ", field.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static Map<String, String> error(String message) {
        return Map.of("error", message);
    }
}
