package org.stocktree.platform.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A JDBC driver that hands each connection URL to the real driver that understands it.
 *
 * <p>Stocktree runs on PostgreSQL in production and on an embedded H2 database when nothing is
 * configured. WildFly binds a datasource to one driver when the server configuration is written,
 * but the database URL is only known when the server boots (from {@code STOCKTREE_DB_URL}). This
 * driver lets one datasource definition serve both: it is installed as a WildFly module that can
 * see the PostgreSQL and H2 modules, and it delegates by URL prefix.
 */
public final class DatabaseUrlDriver implements Driver {

    private static final List<Driver> DELEGATES = Stream.of("org.postgresql.Driver", "org.h2.Driver")
            .map(DatabaseUrlDriver::load)
            .filter(Objects::nonNull)
            .toList();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Driver delegate = delegateFor(url);
        return delegate == null ? null : delegate.connect(url, withoutJit(url, info));
    }

    /**
     * PostgreSQL connections run with JIT compilation off, unless the URL or the datasource sets
     * {@code options} itself. The stock totals make a page's planned cost look large, so PostgreSQL
     * compiled each big page's query: 800 ms of the 920 ms a part page of 1,000 rows took on the
     * benchmark dataset (docs/performance.md), for queries that run in milliseconds without it.
     */
    static Properties withoutJit(String url, Properties info) {
        if (!url.startsWith("jdbc:postgresql:") || url.contains("options=") || (info != null && info.containsKey("options"))) {
            return info;
        }
        Properties options = new Properties();
        if (info != null) {
            options.putAll(info);
        }
        options.setProperty("options", "-c jit=off");
        return options;
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return delegateFor(url) != null;
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Driver delegate = delegateFor(url);
        return delegate == null ? new DriverPropertyInfo[0] : delegate.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    private static Driver delegateFor(String url) throws SQLException {
        if (url == null) {
            return null;
        }
        for (Driver driver : DELEGATES) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        return null;
    }

    private static Driver load(String className) {
        try {
            Class<?> type = Class.forName(className, true, DatabaseUrlDriver.class.getClassLoader());
            return (Driver) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError notAvailable) {
            return null;
        }
    }
}
