package org.stocktree.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;
import org.stocktree.platform.persistence.Migrations;

/**
 * The command that builds a benchmark database: creates it when missing, migrates it with the
 * app's own migrations (as the server would on its first start), then loads the dataset.
 *
 * <pre>mvn -B -DskipSpa=true -Pbench test-compile exec:java -Dbench.database=stocktree_bench -Dbench.size=full -Dbench.seed=42</pre>
 *
 * Arguments: database name (or a full PostgreSQL JDBC URL of an existing database), size
 * ({@code small} or {@code full}), seed; for a name, the server is
 * {@code bench.host} (default 127.0.0.1:5432) with user {@code bench.user} (default postgres) and
 * password {@code bench.password} (default empty).
 */
public final class BenchDataset {

    private BenchDataset() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: BenchDataset <database> <small|full> <seed>");
        }
        String database = args[0];
        DatasetSize size = DatasetSize.named(args[1]);
        long seed = Long.parseLong(args[2]);
        String host = System.getProperty("bench.host", "127.0.0.1:5432");
        String user = System.getProperty("bench.user", "postgres");
        String password = System.getProperty("bench.password", "");

        String url;
        if (database.startsWith("jdbc:postgresql:")) {
            url = database; // a full URL names a database that exists already
        } else if (database.matches("[a-z_][a-z0-9_]*")) {
            createIfMissing(host, user, password, database);
            url = "jdbc:postgresql://" + host + "/" + database;
        } else {
            throw new IllegalArgumentException("a database name (lower-case letters, digits, _) or a PostgreSQL JDBC URL: "
                    + database);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        long started = System.nanoTime();
        Migrations.flyway(dataSource).migrate();
        long migrated = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            new DatasetGenerator(size, seed).load(connection);
        }
        long loaded = System.nanoTime();
        System.out.printf("migrated %s in %.1f s; loaded the %s dataset (seed %d) in %.1f s%n", url,
                (migrated - started) / 1e9, size.name().toLowerCase(), seed, (loaded - migrated) / 1e9);
    }

    private static void createIfMissing(String host, String user, String password, String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + "/postgres", user, password);
                Statement statement = admin.createStatement()) {
            if (DatasetGenerator.count(admin, "select count(*) from pg_database where datname = '" + database + "'") == 0) {
                statement.execute("create database " + database);
            }
        }
    }
}
