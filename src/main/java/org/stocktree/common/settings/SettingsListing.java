package org.stocktree.common.settings;

import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.stocktree.platform.persistence.SearchTerms;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.PageRequest;
import org.stocktree.platform.rest.QueryFilters;

/**
 * A list request over settings, answered in memory: the catalogue holds every setting (a few
 * hundred at most), so search, ordering and paging need no query. As in InvenTree, keys starting
 * with an underscore are internal and never listed; {@code search} matches the key, and
 * {@code ordering} accepts {@code pk}, {@code key} and {@code name}.
 */
final class SettingsListing {

    private static final Map<String, Comparator<SettingValue>> ORDERS = Map.of(
            "pk", Comparator.comparingLong(SettingValue::pk),
            "key", Comparator.comparing(SettingValue::key),
            "name", Comparator.comparing(value -> value.definition().name().toLowerCase(Locale.ROOT)));

    private SettingsListing() {
    }

    static <R> Object answer(UriInfo uri, List<SettingValue> settings, String ordering,
            Function<SettingValue, R> row) {
        SearchTerms search = QueryFilters.of(uri).search();
        List<SettingValue> listed = new ArrayList<>();
        for (SettingValue setting : settings) {
            if (!internal(setting.key()) && search.test(List.of(setting.key()))) {
                listed.add(setting);
            }
        }
        Comparator<SettingValue> order = order(ordering);
        if (order != null) {
            listed.sort(order);
        }
        PageRequest request = PageRequest.from(uri);
        int from = Math.min(request.offset(), listed.size());
        int to = request.paged() ? Math.min(listed.size(), from + request.limit()) : listed.size();
        return Page.body(uri, request, listed.size(), listed.subList(from, to).stream().map(row).toList());
    }

    /** Settings for the server's own bookkeeping, which InvenTree hides from clients. */
    static boolean internal(String key) {
        return key.startsWith("_");
    }

    /** The requested ordering, or null for catalogue order; unknown names are ignored. */
    private static Comparator<SettingValue> order(String ordering) {
        Comparator<SettingValue> order = null;
        for (String part : ordering == null ? new String[0] : ordering.split(",")) {
            String name = part.strip();
            boolean descending = name.startsWith("-");
            Comparator<SettingValue> next = ORDERS.get(descending ? name.substring(1) : name);
            if (next != null) {
                next = descending ? next.reversed() : next;
                order = order == null ? next : order.thenComparing(next);
            }
        }
        return order;
    }
}
