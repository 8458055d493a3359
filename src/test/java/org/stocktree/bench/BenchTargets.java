package org.stocktree.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows the scenarios ask for, picked by SQL from whatever dataset the database holds: the
 * biggest category and location subtrees, the deepest assembly, a tracked stock item, the most
 * common parameter value, and the in-stock items the writes move and count.
 */
record BenchTargets(long category, String categoryPath, long location, String locationPath, long part,
        long assembly, long stockItem, long parameterTemplate, String parameterValue, String searchTerm,
        List<WriteItem> writeItems, long destinationA, long destinationB) {

    /** A stock item the writes use, with where it was and how much it held, to count it and put it back. */
    record WriteItem(long id, Long location, BigDecimal quantity) {
    }

    /** The report names the targets; the write items are summed up, as they run into the thousands. */
    @Override
    public String toString() {
        String items = writeItems.isEmpty() ? "none" : writeItems.size() + " items, ids "
                + writeItems.stream().mapToLong(WriteItem::id).min().orElseThrow() + " to "
                + writeItems.stream().mapToLong(WriteItem::id).max().orElseThrow();
        return "category " + category + " (" + categoryPath + "), location " + location + " (" + locationPath + "), part "
                + part + ", assembly " + assembly + ", stock item " + stockItem + ", parameter template "
                + parameterTemplate + " = " + parameterValue + ", search term '" + searchTerm + "', write items: " + items
                + ", destinations " + destinationA + " and " + destinationB;
    }

    /** The items adjustments accept: in stock (status OK), not serialized, not allocated anywhere. */
    static final String IN_STOCK = "quantity > 0 and status = 10 and serial is null and sales_order_id is null"
            + " and belongs_to_id is null and customer_id is null and consumed_by_id is null and not is_building";

    static BenchTargets pick(Connection sql, int writeItems) throws SQLException {
        long category = number(sql, biggestSubtree("part_partcategory", "part_part", "category_id"));
        long location = number(sql, biggestSubtree("stock_stocklocation", "stock_stockitem", "location_id"));
        long assembly = deepestAssembly(sql);
        long stockItem = number(sql, "select item_id from stock_stockitemtracking where item_id is not null"
                + " group by item_id order by count(*) desc, item_id limit 1");
        long part = number(sql, "select part_id from stock_stockitem group by part_id order by count(*) desc, part_id limit 1");
        long template;
        String value;
        try (PreparedStatement query = sql.prepareStatement("select template_id, data from part_partparameter"
                + " where model_type_id = (select id from common_contenttype where app_label = 'part' and model = 'part')"
                + " group by template_id, data order by count(*) desc, template_id, data limit 1");
                ResultSet row = query.executeQuery()) {
            row.next();
            template = row.getLong(1);
            value = row.getString(2);
        }
        String searchTerm = text(sql, "select split_part(name, ' ', 1) from part_part group by 1 order by count(*) desc, 1 limit 1");
        List<WriteItem> items = new ArrayList<>();
        try (PreparedStatement query = sql.prepareStatement("select id, location_id, quantity from stock_stockitem where "
                + IN_STOCK + " and location_id is not null order by id desc limit ?")) {
            query.setInt(1, writeItems);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    items.add(new WriteItem(row.getLong(1), row.getObject(2, Long.class), row.getBigDecimal(3)));
                }
            }
        }
        long destinationA = number(sql, "select id from stock_stocklocation where not structural and not external"
                + " order by level desc, id limit 1");
        long destinationB = number(sql, "select id from stock_stocklocation where not structural and not external"
                + " and id <> " + destinationA + " order by level desc, id limit 1");
        return new BenchTargets(category, text(sql, "select tree_path from part_partcategory where id = " + category),
                location, text(sql, "select tree_path from stock_stocklocation where id = " + location),
                part, assembly, stockItem, template, value, searchTerm, items,
                destinationA, destinationB);
    }

    /** The same targets, writing to other items and locations (the automated check uses its own). */
    BenchTargets withWrites(List<WriteItem> items, long a, long b) {
        return new BenchTargets(category, categoryPath, location, locationPath, part, assembly, stockItem,
                parameterTemplate, parameterValue, searchTerm, items, a, b);
    }

    /** The second-level node of a tree whose subtree holds the most rows of {@code rows}. */
    private static String biggestSubtree(String tree, String rows, String column) {
        return "with per as (select " + column + " node, count(*) n from " + rows + " group by 1)"
                + " select top.id from " + tree + " top join " + tree + " node on node.tree_path like top.tree_path || '%'"
                + " join per on per.node = node.id where top.level <= 1 group by top.id order by top.level desc, sum(n) desc, top.id limit 1";
    }

    /** The assembly whose BOM nests deepest (a BOM line of an assembly that is itself an assembly, and so on). */
    private static long deepestAssembly(Connection sql) throws SQLException {
        return number(sql, """
                with recursive depth(part_id, depth) as (
                    select distinct b.part_id, 1 from part_bomitem b
                    where not exists (select 1 from part_bomitem c join part_bomitem d on d.part_id = c.sub_part_id
                                      where c.part_id = b.part_id)
                    union
                    select b.part_id, depth.depth + 1 from part_bomitem b join depth on b.sub_part_id = depth.part_id
                    where depth.depth < 10)
                select part_id from depth order by depth desc, part_id limit 1""");
    }

    /** The write items of client {@code client} of one scenario: its own slice, wrapping round a small pool. */
    List<WriteItem> slice(int client, int size) {
        List<WriteItem> slice = new ArrayList<>(size);
        for (int i = 0; i < size && !writeItems.isEmpty(); i++) {
            slice.add(writeItems.get((client * size + i) % writeItems.size()));
        }
        return slice;
    }

    static long number(Connection sql, String query) throws SQLException {
        try (PreparedStatement statement = sql.prepareStatement(query); ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("The dataset has nothing for: " + query);
            }
            return row.getLong(1);
        }
    }

    private static String text(Connection sql, String query) throws SQLException {
        try (PreparedStatement statement = sql.prepareStatement(query); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
