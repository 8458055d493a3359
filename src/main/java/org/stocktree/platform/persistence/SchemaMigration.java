package org.stocktree.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before the application serves anything.
 *
 * <p>See {@link Migrations}. Flyway takes a database lock while it migrates, so nodes starting
 * together migrate once. Other start-up beans declare {@code @DependsOn("SchemaMigration")}, and WildFly
 * holds web requests until start-up singletons are ready. Flyway commits its own work, so this
 * bean runs outside container transactions.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/StocktreeDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Migrations.flyway(dataSource).migrate();
        // Flyway reports no target version when there was nothing to apply.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
