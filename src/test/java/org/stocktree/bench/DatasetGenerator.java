package org.stocktree.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

/**
 * Fills a database migrated by the app's own migrations with a seeded, repeatable benchmark
 * dataset, in one transaction and with COPY, in dependency order: categories and parameter
 * templates, parts, parameters, BOMs, locations, stock items and their tracking. The same size and
 * seed always give the same rows (ids included). It migrates nothing and refuses a database that
 * already holds parts.
 */
public final class DatasetGenerator {

    /** The tables written, in the order they are loaded; each has a {@code <table>_seq}. */
    static final List<String> TABLES = List.of("part_partcategory", "part_partparametertemplate",
            "part_partcategoryparametertemplate", "part_part", "part_partparameter", "part_bomitem",
            "stock_stocklocationtype", "stock_stocklocation", "stock_stockitem", "stock_stockitemtracking");

    private final DatasetSize size;
    private final long seed;

    public DatasetGenerator(DatasetSize size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    /** Loads the dataset and commits it; on any failure nothing is written. */
    public void load(Connection connection) throws Exception {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            requireEmpty(connection);
            Random random = new Random(seed);
            Catalogue catalogue = new Catalogue(size, random);
            catalogue.load(connection);
            new Inventory(size, random, catalogue, serialsGloballyUnique(connection)).load(connection);
            advanceSequences(connection);
            connection.commit();
        } catch (Exception e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        try (Statement statement = connection.createStatement()) {
            // Fresh statistics, so the first benchmark queries get real plans; and the visibility map
            // autovacuum would set on a live database, so that counts can read indexes alone as
            // they would in production, instead of visiting every freshly loaded row.
            statement.execute("vacuum analyze");
        }
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        for (String table : List.of("part_partcategory", "part_part", "stock_stocklocation", "stock_stockitem")) {
            if (count(connection, "select count(*) from " + table) > 0) {
                throw new IllegalStateException(table + " is not empty: the dataset loads into a fresh database only");
            }
        }
    }

    /** Serial scopes follow the app's setting: 0 while serials are unique across all parts. */
    private static boolean serialsGloballyUnique(Connection connection) throws SQLException {
        return count(connection, "select count(*) from common_inventreesetting where \"key\" = "
                + "'SERIAL_NUMBER_GLOBALLY_UNIQUE' and upper(\"value\") in ('TRUE', '1', 'Y', 'YES')") > 0;
    }

    /**
     * Moves each sequence past the loaded ids, so rows the app creates later get fresh ids (its
     * pooled generator hands out the block below each value it draws).
     */
    private static void advanceSequences(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("select setval('" + table + "_seq', (select coalesce(max(id), 0) + 1 from " + table + "))");
            }
        }
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
