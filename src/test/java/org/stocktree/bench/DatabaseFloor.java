package org.stocktree.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The database floor: a scenario's own SQL, hand-written, run straight over JDBC with one
 * connection per client, reading every row and column it returns as a server would.
 */
final class DatabaseFloor implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final Connection[] connections;

    DatabaseFloor(String url, String user, String password, int clients) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.connections = new Connection[clients];
    }

    Connection connection(int client) throws SQLException {
        if (connections[client] == null) {
            java.util.Properties properties = new java.util.Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            properties.setProperty("options", "-c jit=off"); // as the server's connections run
            connections[client] = DriverManager.getConnection(url, properties);
        }
        return connections[client];
    }

    /** Runs queries in one transaction, each with its parameters; answers how many statements ran. */
    long run(int client, Query... queries) throws SQLException {
        Connection sql = connection(client);
        sql.setAutoCommit(false);
        try {
            for (Query query : queries) {
                try (PreparedStatement statement = sql.prepareStatement(query.sql())) {
                    for (int i = 0; i < query.parameters().length; i++) {
                        Object parameter = query.parameters()[i];
                        if (parameter instanceof long[] ids) {
                            parameter = sql.createArrayOf("bigint", Arrays.stream(ids).boxed().toArray());
                        } else if (parameter instanceof java.math.BigDecimal[] numbers) {
                            parameter = sql.createArrayOf("numeric", numbers);
                        }
                        statement.setObject(i + 1, parameter);
                    }
                    if (statement.execute()) {
                        readAll(statement.getResultSet());
                    }
                }
            }
            sql.commit();
        } catch (SQLException failed) {
            sql.rollback();
            throw failed;
        } finally {
            sql.setAutoCommit(true);
        }
        return queries.length;
    }

    private static void readAll(ResultSet rows) throws SQLException {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
            for (int c = 1; c <= columns; c++) {
                rows.getObject(c);
            }
        }
        rows.close();
    }

    /** A statement and its parameters ({@code long[]} and {@code BigDecimal[]} go as PostgreSQL arrays). */
    record Query(String sql, Object... parameters) {
        @Override
        public String toString() {
            return sql + " " + Arrays.toString(parameters);
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections) {
            if (connection != null) {
                connection.close();
            }
        }
    }
}
