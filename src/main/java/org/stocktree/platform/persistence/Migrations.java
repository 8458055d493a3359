package org.stocktree.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * How the schema is migrated: versioned SQL files under {@code db/migration}, written to run on
 * both PostgreSQL and H2, plus the database's own folder ({@code db/migration-postgresql},
 * {@code db/migration-h2}) for what only one of them can do, such as PostgreSQL's trigram indexes.
 * A version in a database's own folder exists in both folders, so both databases pass through the
 * same versions; the results the application reads are the same on both.
 *
 * <p>The server creates tables of its own in the same database before the application deploys
 * (the batch job repository, the EJB timer store), so a new database is never empty: Flyway takes
 * such a database as version 0 and applies every migration. {@code clean} is disabled: it would
 * drop the server's tables too.
 */
public final class Migrations {

    /** Where the migrations live on the class path. */
    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    public static Flyway flyway(DataSource dataSource) {
        return configure(dataSource).load();
    }

    /** The migration setup, for tests that migrate step by step (e.g. to a target version). */
    public static org.flywaydb.core.api.configuration.FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION, LOCATION + "-" + vendor(dataSource))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true);
    }

    /** The folder suffix of the database behind the data source: {@code postgresql} or {@code h2}. */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException unreachable) {
            throw new IllegalStateException("Cannot tell which database to migrate", unreachable);
        }
    }
}
