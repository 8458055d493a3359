package org.stocktree.platform.system;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Facts about the installation that the info endpoint shows to staff. */
@ApplicationScoped
public class ServerStatus {

    private static final Logger LOG = Logger.getLogger(ServerStatus.class.getName());

    @Resource(lookup = "java:jboss/datasources/StocktreeDS")
    DataSource dataSource;

    private String database;

    @PostConstruct
    void readDatabaseName() {
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException unreachable) {
            LOG.warning(() -> "Could not read the database product name: " + unreachable.getMessage());
            database = "unknown";
        }
    }

    /** The database engine: "postgresql" or "h2". */
    public String database() {
        return database;
    }

    /** The operating system and Java runtime the server runs on. */
    public String platform() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + "), Java " + Runtime.version();
    }
}
