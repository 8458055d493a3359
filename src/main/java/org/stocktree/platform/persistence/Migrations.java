package org.stocktree.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * How the schema is migrated: versioned SQL files under {@code db/migration}, written to run on
 * both PostgreSQL and H2.
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
                .locations(LOCATION)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true);
    }
}
