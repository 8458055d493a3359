package org.stocktree.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database created by an earlier set of migrations is upgraded in place and keeps its data,
 * on both databases Stocktree supports.
 */
class MigrationUpgradeTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void upgradingFromTheFirstMigrationKeepsData(String database) throws SQLException {
        try (Scratch scratch = Scratch.of(database)) {
            // The server creates its own tables before the application deploys.
            scratch.execute("create table job_execution (jobexecutionid bigint primary key)");

            MigrateResult first = Migrations.configure(scratch.dataSource()).target("1").load().migrate();
            assertThat(first.targetSchemaVersion).isEqualTo("1");
            scratch.execute("insert into auth_user (id, username, password, date_joined) "
                    + "values (7, 'kept', 'pbkdf2_sha256$1$s$h', current_timestamp)");

            MigrateResult rest = Migrations.flyway(scratch.dataSource()).migrate();
            assertThat(rest.migrationsExecuted).isPositive();

            assertThat(scratch.single("select username from auth_user where id = 7")).isEqualTo("kept");
            assertThat(scratch.single("select count(*) from background_task")).isEqualTo("0");
            assertThat(scratch.single("select count(*) from job_execution")).isEqualTo("0");
            assertThat(Migrations.flyway(scratch.dataSource()).migrate().migrationsExecuted)
                    .as("a second run has nothing to do").isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void bothDatabasesReachTheSameVersionThroughTheirOwnFolders(String database) throws SQLException {
        try (Scratch scratch = Scratch.of(database)) {
            Migrations.flyway(scratch.dataSource()).migrate();
            assertThat(scratch.single("select count(*) from flyway_schema_history where version = '24'"))
                    .isEqualTo("1");
        }
    }

    /**
     * PostgreSQL's own V24: subtree prefixes and part search can use indexes, and the planner
     * does use the trigram index for a contains-search (sequential scans turned off, so that the
     * answer does not depend on the table's size).
     */
    @Test
    void postgresqlGetsPatternAndTrigramIndexes() throws SQLException {
        try (Scratch scratch = Scratch.of("postgresql")) {
            Migrations.flyway(scratch.dataSource()).migrate();
            assertThat(scratch.single("select count(*) from pg_indexes where indexname in ("
                    + "'part_partcategory_tree_path_pattern_idx', 'stock_stocklocation_tree_path_pattern_idx', "
                    + "'part_part_tree_path_pattern_idx', 'part_part_name_trgm_idx', 'part_part_description_trgm_idx', "
                    + "'part_part_ipn_trgm_idx', 'part_part_revision_trgm_idx', 'part_part_keywords_trgm_idx')"))
                    .isEqualTo("8");
            try (Connection connection = scratch.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("set enable_seqscan = off");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = statement.executeQuery("explain select id from part_part "
                        + "where lower(name) like '%resistor%' or lower(description) like '%resistor%'")) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                assertThat(plan.toString()).contains("part_part_name_trgm_idx", "part_part_description_trgm_idx");
            }
        }
    }

    /** A throw-away database: a fresh PostgreSQL database, or an in-memory H2 one. */
    private record Scratch(String database, String name, DataSource dataSource, Connection keepAlive)
            implements AutoCloseable {

        static Scratch of(String database) throws SQLException {
            String name = "stocktree_migration_" + UUID.randomUUID().toString().substring(0, 8);
            if ("h2".equals(database)) {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:" + name + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
                return new Scratch(database, name, h2, h2.getConnection());
            }
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                    Statement statement = admin.createStatement()) {
                statement.execute("create database " + name);
            }
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL("jdbc:postgresql://127.0.0.1:5432/" + name);
            pg.setUser("postgres");
            return new Scratch(database, name, pg, null);
        }

        void execute(String sql) throws SQLException {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        String single(String sql) throws SQLException {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getString(1);
            }
        }

        @Override
        public void close() throws SQLException {
            if (keepAlive != null) {
                keepAlive.close();
                return;
            }
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                    Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }
}
