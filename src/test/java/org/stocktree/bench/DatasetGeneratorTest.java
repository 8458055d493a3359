package org.stocktree.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.stocktree.common.units.UnitRegistry;
import org.stocktree.platform.persistence.Migrations;
import org.stocktree.stock.StockStatus;

/**
 * The benchmark dataset, loaded at its small size into scratch PostgreSQL databases migrated by
 * the app's migrations: exact counts, tree shapes, nested BOMs, the serialized share and serial
 * uniqueness, and that a seed always gives the same data.
 */
class DatasetGeneratorTest {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String PREFIX = "stocktree_bench_test_" + UUID.randomUUID().toString().substring(0, 8);
    private static final DatasetSize SIZE = DatasetSize.SMALL;
    private static final long SEED = 20261202L;

    private static final List<String> databases = new ArrayList<>();
    private static Connection first;
    private static Connection second;

    @BeforeAll
    static void loadTwice() throws Exception {
        first = loaded("a", SEED);
        second = loaded("b", SEED);
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        for (Connection connection : Arrays.asList(first, second)) {
            if (connection != null) {
                connection.close();
            }
        }
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                Statement statement = admin.createStatement()) {
            for (String name : databases) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    @Test
    void countsAreExactlyTheSizeAsked() throws SQLException {
        assertThat(count("select count(*) from part_partcategory")).isEqualTo(SIZE.categories);
        assertThat(count("select count(*) from part_part")).isEqualTo(SIZE.parts);
        assertThat(count("select count(*) from part_part where assembly")).isEqualTo(SIZE.assemblies);
        assertThat(count("select count(distinct part_id) from part_bomitem")).isEqualTo(SIZE.assemblies);
        assertThat(count("select count(*) from stock_stocklocation")).isEqualTo(SIZE.locations);
        assertThat(count("select count(*) from stock_stockitem")).isEqualTo(SIZE.stockItems);
        assertThat(count("select count(*) from part_partparameter"))
                .isEqualTo((long) SIZE.parts * DatasetSize.PARAMETERS_PER_PART);
        assertThat(count("select count(*) from (select model_id from part_partparameter group by model_id "
                + "having count(distinct template_id) <> 3) p")).isZero();
    }

    @Test
    void categoriesAndLocationsAreTreesOfTheAskedDepth() throws SQLException {
        assertThat(count("select max(level) from part_partcategory")).isEqualTo(DatasetSize.CATEGORY_LEVELS - 1);
        assertThat(count("select max(level) from stock_stocklocation")).isEqualTo(DatasetSize.LOCATION_LEVELS - 1);
        for (String table : List.of("part_partcategory", "stock_stocklocation")) {
            assertThat(count("select count(*) from " + table + " c left join " + table + " p on p.id = c.parent_id "
                    + "where c.tree_path <> coalesce(p.tree_path, '/') || c.id || '/' "
                    + "or c.level <> coalesce(p.level + 1, 0) or c.tree_id <> coalesce(p.tree_id, c.id) "
                    + "or c.pathstring <> coalesce(p.pathstring || '/', '') || c.name"))
                    .as("derived tree columns of " + table).isZero();
        }
    }

    @Test
    void partsHaveVariantTreesAndRevisions() throws SQLException {
        assertThat(count("select count(*) from part_part c left join part_part p on p.id = c.variant_of_id "
                + "where c.tree_path <> coalesce(p.tree_path, '/') || c.id || '/' "
                + "or c.level <> coalesce(p.level + 1, 0) or c.tree_id <> coalesce(p.tree_id, c.id)")).isZero();
        assertThat(count("select count(*) from part_part where variant_of_id is not null")).isPositive();
        assertThat(count("select max(level) from part_part")).isEqualTo(2);
        assertThat(count("select count(*) from part_part p join part_part v on v.variant_of_id = p.id "
                + "where p.level = 0 and not p.is_template")).as("variants hang below templates").isZero();
        assertThat(count("select count(*) from part_part r join part_part o on o.id = r.revision_of_id "
                + "where r.name = o.name and r.revision <> o.revision")).isPositive();
        assertThat(count("select count(distinct ipn) from part_part where revision_of_id is null")).isEqualTo(
                count("select count(*) from part_part where revision_of_id is null"));
    }

    @Test
    void unitsAreOnesTheAppKnows() throws SQLException {
        UnitRegistry units = UnitRegistry.builtIn();
        List<String> names = strings("select units from part_partparametertemplate union "
                + "select distinct units from part_part where units <> ''");
        assertThat(names).contains("ohm", "V", "m");
        for (String unit : names) {
            assertThat(units.parseUnit(unit)).as(unit).isNotNull();
        }
    }

    @Test
    void bomsNestFiveLevelsWithoutCycles() throws SQLException {
        long depth = count("with recursive walk (part_id, depth) as ("
                + " select id, 1 from part_part where assembly"
                + " union all select b.sub_part_id, w.depth + 1 from walk w"
                + " join part_bomitem b on b.part_id = w.part_id join part_part s on s.id = b.sub_part_id and s.assembly"
                + " where w.depth <= 10) select max(depth) from walk");
        assertThat(depth).isEqualTo(DatasetSize.BOM_LEVELS);
        assertThat(count("select count(*) from part_bomitem where part_id = sub_part_id")).isZero();
        assertThat(count("select count(*) from part_bomitem b join part_part s on s.id = b.sub_part_id "
                + "where s.is_template")).isZero();
    }

    @Test
    void aTenthOfTheItemsAreSerializedWithUniqueSerialsInTheirScope() throws SQLException {
        long serialized = count("select count(*) from stock_stockitem where serial is not null");
        assertThat(serialized * DatasetSize.SERIALIZED_EVERY).isEqualTo(SIZE.stockItems);
        assertThat(count("select count(distinct (serial_scope, serial)) from stock_stockitem where serial is not null"))
                .isEqualTo(serialized);
        assertThat(count("select count(*) from stock_stockitem i join part_part p on p.id = i.part_id "
                + "where i.serial is not null and (i.serial_scope <> p.tree_id or i.quantity <> 1 "
                + "or i.serial_int <> cast(i.serial as integer) or not p.trackable)")).isZero();
        assertThat(count("select count(*) from stock_stockitem where serial is null "
                + "and (serial_scope is not null or serial_int <> 0)")).isZero();
        assertThat(count("select count(*) from stock_stockitem where batch is not null")).isPositive();
    }

    @Test
    void theSerialIndexStillGuardsTheLoadedSerials() throws SQLException {
        assertThatThrownBy(() -> {
            try (Statement statement = first.createStatement()) {
                statement.execute("insert into stock_stockitem (id, part_id, serial, serial_scope) "
                        + "select nextval('stock_stockitem_seq'), part_id, serial, serial_scope from stock_stockitem "
                        + "where serial is not null order by id limit 1");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("stock_stockitem_serial_unique");
    }

    @Test
    void itemsSpreadOverEveryStatusAndEachHasItsHistory() throws SQLException {
        List<String> statuses = strings("select distinct cast(status as varchar(10)) from stock_stockitem");
        assertThat(statuses).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(StockStatus.values()).map(s -> String.valueOf(s.value())).toList());
        assertThat(count("select count(*) from stock_stockitemtracking where tracking_type = 1"))
                .isEqualTo(SIZE.stockItems);
        assertThat(count("select count(*) from stock_stockitem i where not exists (select 1 from stock_stockitemtracking t "
                + "where t.item_id = i.id and t.tracking_type = 1 and t.part_id = i.part_id)")).isZero();
        assertThat(count("select count(distinct tracking_type) from stock_stockitemtracking")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void sequencesContinueAfterTheLoadedIds() throws SQLException {
        for (String table : DatasetGenerator.TABLES) {
            assertThat(count("select nextval('" + table + "_seq') - 50 - (select coalesce(max(id), 0) from " + table + ")"))
                    .as(table).isPositive();
        }
    }

    @Test
    void theSameSeedGivesTheSameData() throws SQLException {
        for (String table : DatasetGenerator.TABLES) {
            assertThat(fingerprint(second, table)).as(table).isEqualTo(fingerprint(first, table));
        }
    }

    @Test
    void anotherSeedGivesOtherDataAndAFilledDatabaseIsRefused() throws Exception {
        try (Connection other = loaded("c", SEED + 1)) {
            assertThat(fingerprint(other, "stock_stockitem")).isNotEqualTo(fingerprint(first, "stock_stockitem"));
            assertThatThrownBy(() -> new DatasetGenerator(SIZE, SEED).load(other))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("not empty");
        }
    }

    private static Connection loaded(String suffix, long seed) throws Exception {
        String name = PREFIX + "_" + suffix;
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
        databases.add(name);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL("jdbc:postgresql://127.0.0.1:5432/" + name);
        dataSource.setUser("postgres");
        Migrations.flyway(dataSource).migrate();
        Connection connection = dataSource.getConnection();
        new DatasetGenerator(SIZE, seed).load(connection);
        return connection;
    }

    private static String fingerprint(Connection connection, String table) throws SQLException {
        return strings(connection, "select md5(string_agg(cast(t as text), '|' order by t.id)) from " + table + " t").get(0);
    }

    private static long count(String sql) throws SQLException {
        return DatasetGenerator.count(first, sql);
    }

    private static List<String> strings(String sql) throws SQLException {
        return strings(first, sql);
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
