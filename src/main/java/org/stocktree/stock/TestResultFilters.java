package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stocktree.part.Part;
import org.stocktree.part.PartTestTemplate;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.QueryFilters;

/**
 * The filters of {@code /api/stock/test/}, as InvenTree's result filter set names them; each is
 * a condition of the page statement (the installed items below an item are read first, one
 * statement per level of installation).
 */
final class TestResultFilters {

    /** The orderings clients may ask for, and the attributes they sort by. */
    static final Map<String, String> ORDERING = Map.of("date", "date", "result", "result",
            "started_datetime", "startedDatetime", "finished_datetime", "finishedDatetime",
            "test_station", "testStation");

    private static final String INVALID_CHOICE = "Select a valid choice. That choice is not one of the available choices.";

    private TestResultFilters() {
    }

    static void apply(ListQuery<StockItemTestResult> query, QueryFilters filters, EntityManager em) {
        filters.id("stock_item").ifPresent(id -> {
            StockItem item = em.find(StockItem.class, id);
            if (item == null) {
                throw FieldErrors.of("stock_item", "Stock item with ID " + id + " does not exist");
            }
            List<Long> items = filters.bool("include_installed").orElse(false) ? withInstalled(id, em) : List.of(id);
            query.filter((builder, root) -> root.get("stockItem").get("id").in(items));
        });
        filters.id("part").ifPresent(id -> {
            if (em.find(Part.class, id) == null) {
                throw FieldErrors.of("part", INVALID_CHOICE);
            }
            query.filter((builder, root) -> builder.equal(root.get("stockItem").get("part").get("id"), id));
        });
        filters.id("build").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("stockItem").get("build"), id)));
        filters.id("template").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("template").get("id"), id)));
        filters.id("user").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("user").get("id"), id)));
        filters.bool("result").ifPresent(value -> query.filter((builder, root) ->
                builder.equal(root.get("result"), value)));
        filters.text("value").ifPresent(value -> query.filter((builder, root) ->
                builder.equal(root.get("value"), value)));
        filters.bool("enabled").ifPresent(value -> query.filter((builder, root) ->
                builder.equal(root.get("template").get("enabled"), value)));
        filters.bool("required").ifPresent(value -> query.filter((builder, root) ->
                builder.equal(root.get("template").get("required"), value)));
        // older clients name the test: matched by its key, so case and spaces do not matter
        filters.text("test").ifPresent(name -> {
            String key = PartTestTemplate.keyOf(name);
            query.filter((builder, root) -> builder.equal(root.get("template").get("key"), key));
        });
    }

    /** The item and every item installed in it, at any depth. */
    private static List<Long> withInstalled(long id, EntityManager em) {
        Set<Long> all = new LinkedHashSet<>(List.of(id));
        List<Long> level = List.of(id);
        while (!level.isEmpty()) {
            List<Long> below = em.createQuery("select i.id from StockItem i where i.belongsTo.id in :ids", Long.class)
                    .setParameter("ids", level).getResultList();
            level = new ArrayList<>(below.stream().filter(all::add).toList());
        }
        return new ArrayList<>(all);
    }
}
