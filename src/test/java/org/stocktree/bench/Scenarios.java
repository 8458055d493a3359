package org.stocktree.bench;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.stocktree.bench.BenchTargets.WriteItem;
import org.stocktree.bench.DatabaseFloor.Query;
import org.stocktree.bench.LoadRun.Operation;

/**
 * The scenarios of the benchmark: each a request (or two) to the server, and the SQL a page
 * needs for the same answer, written by hand, as its database floor.
 */
final class Scenarios {

    /**
     * One measured thing. {@code floor} is null for the HTTP floor itself; {@code writes} marks
     * scenarios that change stock, so they run after the reads.
     */
    record Scenario(String name, String request, int clients, Operation app, Operation floor, boolean writes) {
    }

    static final String HTTP_FLOOR = "HTTP floor (constant JSON)";
    static final String MIXED = "mixed reads and transfers";

    private static final String AVAILABLE = "s.quantity > 0 and s.status in (10, 50, 55, 85) and s.sales_order_id is null"
            + " and s.belongs_to_id is null and s.customer_id is null and s.consumed_by_id is null and not s.is_building";
    private static final String IN_STOCK_OF_PART = "(select coalesce(sum(s.quantity), 0) from stock_stockitem s"
            + " where s.part_id = p.id and " + AVAILABLE + ")";

    /**
     * What a part row of the API shows beside the part's own columns, hand-written as well as we
     * can: its category, its stock figures in one pass over its items (in stock, external, item
     * counts), its variants' stock, its revision count and its price range. It follows the page
     * of parts it is joined to, so that only the page's parts are figured.
     */
    private static final String PART_FIGURES = "select p.*, c.name, c.pathstring, c.icon, own.*, variants.stock,"
            + " (select count(*) from part_part r where r.revision_of_id = p.id) as revisions,"
            + " pp.overall_min, pp.overall_max"
            + " from %s p left join part_partcategory c on c.id = p.category_id"
            + " left join part_partpricing pp on pp.part_id = p.id"
            + " cross join lateral (select coalesce(sum(s.quantity) filter (where " + AVAILABLE
            + " and not coalesce(l.external, false)), 0) as in_stock,"
            + " coalesce(sum(s.quantity) filter (where " + AVAILABLE + " and l.external), 0) as external,"
            + " count(*) filter (where " + AVAILABLE + ") as items, count(*) as all_items"
            + " from stock_stockitem s left join stock_stocklocation l on l.id = s.location_id"
            + " where s.part_id = p.id) own"
            + " cross join lateral (select coalesce(sum(s.quantity), 0) as stock from stock_stockitem s"
            + " join part_part v on v.id = s.part_id left join stock_stocklocation l on l.id = s.location_id"
            + " where v.tree_id = p.tree_id and v.tree_path like p.tree_path || '%%' and v.id <> p.id"
            + " and not coalesce(l.external, false) and " + AVAILABLE + ") variants";

    /** The part rows of a page: the page's parts picked first (filter, order, limit), then figured. */
    private static String partPage(String where, String order, String limit) {
        return String.format(PART_FIGURES, "(select p.* from part_part p left join part_partcategory c"
                + " on c.id = p.category_id" + where + " order by " + order + " limit " + limit + ")")
                + " order by " + order;
    }

    /** Results per kind in the search box, InvenTree's default {@code SEARCH_PREVIEW_RESULTS}. */
    private static final int SEARCH_PREVIEW = 10;

    private Scenarios() {
    }

    static List<Scenario> all(BenchApi api, DatabaseFloor db, BenchTargets t, BenchSettings settings) {
        int n = settings.clients();
        List<Scenario> list = new ArrayList<>();
        list.add(new Scenario(HTTP_FLOOR, "GET /api/system/health/", n, (c, i) -> api.get("/api/system/health/"),
                null, false));
        for (int limit : new int[] {25, 100, 1000}) {
            list.add(partList("part list, limit " + limit, "limit=" + limit, "", "p.name, p.id", limit, api, db, n));
        }
        String subtree = t.categoryPath() + "%";
        list.add(partList("part list, category + cascade", "category=" + t.category() + "&cascade=true&limit=100",
                " where p.category_id in (select id from part_partcategory where tree_path like ?)", "p.name, p.id",
                100, api, db, n, subtree));
        String term = "%" + t.searchTerm().toLowerCase() + "%";
        list.add(partList("part list, search", "search=" + encode(t.searchTerm()) + "&limit=100",
                " where lower(p.name) like ? or lower(p.description) like ? or lower(p.ipn) like ?"
                        + " or lower(p.keywords) like ? or lower(c.name) like ?",
                "p.name, p.id", 100, api, db, n, term, term, term, term, term));
        list.add(partList("part list, ordering -IPN", "ordering=-IPN&limit=100", "", "p.ipn desc, p.id", 100, api, db, n));
        list.add(partList("part list, parameter filter", "parameter_" + t.parameterTemplate() + "="
                + encode(t.parameterValue()) + "&limit=100",
                " where p.id in (select model_id from part_partparameter where template_id = ? and data = ?)",
                "p.name, p.id", 100, api, db, n, t.parameterTemplate(), t.parameterValue()));
        list.add(new Scenario("part detail", "GET /api/part/" + t.part() + "/", n,
                (c, i) -> api.get("/api/part/" + t.part() + "/"),
                (c, i) -> db.run(c, new Query(String.format(PART_FIGURES, "part_part") + " where p.id = ?", t.part())), false));
        list.add(new Scenario("category tree", "GET /api/part/category/tree/", n,
                (c, i) -> api.get("/api/part/category/tree/"),
                (c, i) -> db.run(c, new Query("select c.id, c.name, c.parent_id, c.icon, c.structural, c.level,"
                        + " (select count(*) from part_partcategory d where d.parent_id = c.id)"
                        + " from part_partcategory c order by c.level, c.name")), false));
        String stockWhere = " where s.location_id in (select id from stock_stocklocation where tree_path like ?)";
        list.add(new Scenario("stock list, location + sub-locations",
                "GET /api/stock/?location=" + t.location() + "&cascade=true&limit=100", n,
                (c, i) -> api.get("/api/stock/?location=" + t.location() + "&cascade=true&limit=100"),
                (c, i) -> db.run(c, new Query("select s.*, p.name, p.ipn, p.description, l.name, l.pathstring"
                        + " from stock_stockitem s join part_part p on p.id = s.part_id"
                        + " left join stock_stocklocation l on l.id = s.location_id" + stockWhere
                        + " order by p.name, s.quantity, s.location_id, s.id limit 100", t.locationPath() + "%"),
                        new Query("select count(*) from stock_stockitem s" + stockWhere, t.locationPath() + "%")), false));
        list.add(new Scenario("stock item detail + tracking",
                "GET /api/stock/" + t.stockItem() + "/ and /api/stock/track/?item=" + t.stockItem() + "&limit=25", n,
                (c, i) -> api.get("/api/stock/" + t.stockItem() + "/")
                        + api.get("/api/stock/track/?item=" + t.stockItem() + "&limit=25"),
                (c, i) -> db.run(c, new Query("select s.*, p.name, p.ipn, l.name, l.pathstring from stock_stockitem s"
                        + " join part_part p on p.id = s.part_id left join stock_stocklocation l on l.id = s.location_id"
                        + " where s.id = ?", t.stockItem()),
                        new Query("select * from stock_stockitemtracking where item_id = ? order by date desc limit 25",
                                t.stockItem()),
                        new Query("select count(*) from stock_stockitemtracking where item_id = ?", t.stockItem())), false));
        list.add(new Scenario("BOM of the deepest assembly", "GET /api/bom/?part=" + t.assembly(), n,
                (c, i) -> api.get("/api/bom/?part=" + t.assembly()),
                (c, i) -> db.run(c, new Query("select b.*, p.name, p.ipn, p.description, p.units, " + IN_STOCK_OF_PART
                        + " from part_bomitem b join part_part p on p.id = b.sub_part_id where b.part_id = ?"
                        + " order by b.id", t.assembly())), false));
        list.add(new Scenario("part requirements", "GET /api/part/" + t.assembly() + "/requirements/", n,
                (c, i) -> api.get("/api/part/" + t.assembly() + "/requirements/"),
                (c, i) -> db.run(c, new Query("select " + IN_STOCK_OF_PART + " from part_part p where p.id = ?",
                        t.assembly()),
                        new Query("select min(floor(" + IN_STOCK_OF_PART + " / b.quantity)) from part_bomitem b"
                                + " join part_part p on p.id = b.sub_part_id where b.part_id = ?", t.assembly())), false));
        list.add(globalSearch(t.searchTerm(), api, db, n));
        list.add(transfer("transfer of " + settings.transferItems() + " items", n, settings.transferItems(), api, db, t));
        list.add(new Scenario("count of " + settings.countItems() + " items", "POST /api/stock/count/", n,
                (c, i) -> api.post("/api/stock/count/", adjustment(t.slice(c, settings.countItems()), null)),
                (c, i) -> countFloor(db, c, t.slice(c, settings.countItems())), true));
        list.add(mixed(list, settings, api, db, t));
        return list;
    }

    private static Scenario partList(String name, String query, String where, String order, int limit, BenchApi api,
            DatabaseFloor db, int clients, Object... parameters) {
        Object[] paged = java.util.Arrays.copyOf(parameters, parameters.length + 1);
        paged[parameters.length] = limit;
        return new Scenario(name, "GET /api/part/?" + query, clients, (c, i) -> api.get("/api/part/?" + query),
                (c, i) -> db.run(c, new Query(partPage(where, order, "?"), paged),
                        new Query("select count(*) from part_part p left join part_partcategory c on c.id = p.category_id"
                                + where, parameters)), false);
    }

    /**
     * The web interface's search box: parts, categories, stock items and locations matching a
     * term, the first {@value #SEARCH_PREVIEW} of each with their counts, in one request. The
     * floor runs each kind's page and count.
     */
    private static Scenario globalSearch(String term, BenchApi api, DatabaseFloor db, int clients) {
        String body = "{\"search\": \"" + term + "\", \"limit\": " + SEARCH_PREVIEW
                + ", \"part\": {}, \"partcategory\": {}, \"stockitem\": {}, \"stocklocation\": {}}";
        String like = "%" + term.toLowerCase(java.util.Locale.ROOT) + "%";
        String parts = " where lower(p.name) like ? or lower(p.description) like ? or lower(p.ipn) like ?"
                + " or lower(p.keywords) like ? or lower(c.name) like ?";
        String categories = " from part_partcategory where lower(name) like ? or lower(description) like ?"
                + " or lower(pathstring) like ?";
        String items = " from stock_stockitem s join part_part p on p.id = s.part_id"
                + " left join stock_stocklocation l on l.id = s.location_id where lower(s.serial) like ?"
                + " or lower(s.batch) like ? or lower(p.name) like ? or lower(p.ipn) like ?"
                + " or lower(p.description) like ? or lower(l.name) like ?";
        String locations = " from stock_stocklocation where lower(name) like ? or lower(description) like ?"
                + " or lower(pathstring) like ?";
        return new Scenario("global search", "POST /api/search/ " + body, clients,
                (c, i) -> api.post("/api/search/", body),
                (c, i) -> db.run(c,
                        new Query(partPage(parts, "p.name, p.id", String.valueOf(SEARCH_PREVIEW)),
                                like, like, like, like, like),
                        new Query("select count(*) from part_part p left join part_partcategory c"
                                + " on c.id = p.category_id" + parts, like, like, like, like, like),
                        new Query("select *" + categories + " order by tree_id, level, name limit " + SEARCH_PREVIEW,
                                like, like, like),
                        new Query("select count(*)" + categories, like, like, like),
                        new Query("select s.*, p.name, p.ipn, l.name" + items
                                + " order by p.name, s.quantity, s.location_id, s.id limit " + SEARCH_PREVIEW,
                                like, like, like, like, like, like),
                        new Query("select count(*)" + items, like, like, like, like, like, like),
                        new Query("select *" + locations + " order by tree_id, level, name limit " + SEARCH_PREVIEW,
                                like, like, like),
                        new Query("select count(*)" + locations, like, like, like)), false);
    }

    /** Moves a client's own items, to one location then the other on alternate calls. */
    private static Scenario transfer(String name, int clients, int items, BenchApi api, DatabaseFloor db, BenchTargets t) {
        return new Scenario(name, "POST /api/stock/transfer/", clients,
                (c, i) -> api.post("/api/stock/transfer/", adjustment(t.slice(c, items), destination(t, i))),
                (c, i) -> transferFloor(db, c, t.slice(c, items), destination(t, i)), true);
    }

    private static long destination(BenchTargets t, int iteration) {
        return iteration % 2 == 0 ? t.destinationA() : t.destinationB();
    }

    /**
     * {@value #MIXED}: each of {@code mixedClients} clients runs the read scenarios in turn, and
     * every fourth call transfers its own {@code mixedTransferItems} items.
     */
    private static Scenario mixed(List<Scenario> scenarios, BenchSettings settings, BenchApi api, DatabaseFloor db,
            BenchTargets t) {
        List<Scenario> reads = scenarios.stream().filter(s -> !s.writes() && s.floor() != null).toList();
        int items = settings.mixedTransferItems();
        return new Scenario(MIXED, "the reads above in turn, every 4th call a transfer of " + items + " items",
                settings.mixedClients(),
                (c, i) -> i % 4 == 3
                        ? api.post("/api/stock/transfer/", adjustment(t.slice(c, items), destination(t, i / 4)))
                        : reads.get((c + i) % reads.size()).app().call(c, i),
                (c, i) -> i % 4 == 3
                        ? transferFloor(db, c, t.slice(c, items), destination(t, i / 4))
                        : reads.get((c + i) % reads.size()).floor().call(c, i), true);
    }

    private static String adjustment(List<WriteItem> items, Long location) {
        String lines = items.stream().map(item -> "{\"pk\": " + item.id() + ", \"quantity\": \""
                + item.quantity().toPlainString() + "\"}").collect(Collectors.joining(", "));
        return "{\"items\": [" + lines + "]" + (location == null ? "" : ", \"location\": " + location)
                + ", \"notes\": \"benchmark\"}";
    }

    /** What a transfer needs: lock and read the items, move them, write one tracking entry each. */
    private static long transferFloor(DatabaseFloor db, int client, List<WriteItem> items, long location)
            throws java.sql.SQLException {
        long[] ids = items.stream().mapToLong(WriteItem::id).toArray();
        return db.run(client, new Query("select * from stock_stockitem where id = any(?) order by id for update", ids),
                new Query("update stock_stockitem set location_id = ?, updated = now() where id = any(?)", location, ids),
                new Query(tracking(20, "'{\"location\": ' || ? || '}'") + " where id = any(?)", location, ids));
    }

    /** What a count needs: lock and read the items, set each quantity and stocktake date, one tracking entry each. */
    private static long countFloor(DatabaseFloor db, int client, List<WriteItem> items) throws java.sql.SQLException {
        long[] ids = items.stream().mapToLong(WriteItem::id).toArray();
        BigDecimal[] quantities = items.stream().map(WriteItem::quantity).toArray(BigDecimal[]::new);
        return db.run(client, new Query("select * from stock_stockitem where id = any(?) order by id for update", ids),
                new Query("update stock_stockitem s set quantity = v.quantity, stocktake_date = current_date,"
                        + " updated = now() from unnest(?, ?) v(id, quantity) where s.id = v.id", ids, quantities),
                new Query(tracking(10, "'{\"quantity\": ' || quantity || '}'") + " where id = any(?)", ids));
    }

    /** Tracking rows of the floor take ids far above the app's, so the two never collide; the run deletes them after. */
    private static String tracking(int code, String deltas) {
        return "insert into stock_stockitemtracking (id, item_id, part_id, tracking_type, date, notes, deltas)"
                + " select " + BenchRun.FLOOR_ID_BASE + " + nextval('bench_floor_ids'), id, part_id, " + code
                + ", now(), 'benchmark', " + deltas + " from stock_stockitem";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
