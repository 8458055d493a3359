package org.stocktree.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabaseUrlDriverTest {

    private final DatabaseUrlDriver driver = new DatabaseUrlDriver();

    @Test
    void opensH2ForAnH2Url() throws SQLException {
        try (Connection connection = driver.connect("jdbc:h2:mem:routing", new Properties())) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
    }

    @Test
    void opensPostgresqlForAPostgresqlUrl() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        try (Connection connection = driver.connect("jdbc:postgresql://127.0.0.1:5432/postgres", credentials)) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void declinesUrlsNoDelegateUnderstands() throws SQLException {
        assertThat(driver.acceptsURL("jdbc:mysql://localhost/db")).isFalse();
        assertThat(driver.connect("jdbc:mysql://localhost/db", new Properties())).isNull();
        assertThat(driver.acceptsURL(null)).isFalse();
        assertThat(driver.acceptsURL("jdbc:h2:mem:x")).isTrue();
    }

    @Test
    void turnsPostgresqlJitCompilationOff() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        try (Connection connection = driver.connect("jdbc:postgresql://127.0.0.1:5432/postgres", credentials);
                java.sql.ResultSet jit = connection.createStatement().executeQuery("show jit")) {
            jit.next();
            assertThat(jit.getString(1)).isEqualTo("off");
        }
        assertThat(credentials).doesNotContainKey("options");
    }

    @Test
    void keepsOptionsTheConfigurationSets() {
        Properties configured = new Properties();
        configured.setProperty("options", "-c jit=on");
        assertThat(DatabaseUrlDriver.withoutJit("jdbc:postgresql://db/stocktree", configured)).isSameAs(configured);
        assertThat(DatabaseUrlDriver.withoutJit("jdbc:postgresql://db/stocktree?options=-c%20jit%3Don", new Properties()))
                .doesNotContainKey("options");
        assertThat(DatabaseUrlDriver.withoutJit("jdbc:h2:mem:x", new Properties())).doesNotContainKey("options");
    }
}
