package org.stocktree.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import redis.clients.jedis.RedisClient;

/**
 * A real WildFly 39 running the built WAR, for the integration tests of one failsafe execution.
 *
 * <p>The execution says which database and Redis to use (system properties
 * {@code stocktree.it.database} and {@code stocktree.it.redis}). The server runs from the WildFly
 * the build configured, but with its own base folder under {@code target/it/<name>}, its own port
 * offset and, on PostgreSQL, a freshly created database, so it never touches a developer's server
 * or data. It starts on first use and stops when the test JVM exits.
 *
 * <p>Like InvenTree's own test server, it starts with InvenTree's test fixtures imported
 * ({@link #FIXTURES}, through the start-up import folder): the fixture users and groups keep their
 * ids 1-4 and 1-3, and the administrator {@value #ADMIN_USER} takes the next free id.
 */
public final class StocktreeServer {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "integration-admin";
    /** The attachment size limit the test server runs with: small, so the limit is cheap to cross. */
    public static final long ATTACHMENT_MAX_SIZE = 256 * 1024;
    private static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private static StocktreeServer shared;
    private static RuntimeException startFailure;

    /**
     * Lanes let several checkouts on one machine run their integration tests at once: each lane
     * moves the ports by 1000, and uses its own database and Redis database number.
     */
    private final int lane = Integer.parseInt(property("stocktree.it.lane", "0"));
    private final String name;
    private final String database;
    /** A database that exists already (the benchmark's), used as it is: no fixtures, never recreated. */
    private final String existingDatabaseUrl;
    private final String redis = redisOfLane(property("stocktree.it.redis", ""), lane);
    private final int portOffset = Integer.parseInt(property("stocktree.it.port-offset", "100")) + 1000 * lane;
    private final Path jbossHome = Path.of(property("jboss.home", ".stocktree/wildfly-39.0.1.Final"));
    private final Path war = Path.of(property("stocktree.war", "target/stocktree.war"));
    private final Path baseDir;
    private final Path fixtures = Path.of(property("stocktree.it.fixtures", "../shared/inventree-fixtures"));
    private Process process;
    private TestDirectory directory;

    /**
     * InvenTree's test fixtures in the order its {@code invoke dev.import-fixtures} loads them
     * (see the fixtures' README). The server imports them on first start, before it creates its
     * administrator, as InvenTree's test server does; models Stocktree does not import yet are
     * skipped.
     */
    public static final List<String> FIXTURES = List.of("build/build.yaml", "common/settings.yaml",
            "company/company.yaml", "company/price_breaks.yaml", "company/supplier_part.yaml", "order/order.yaml",
            "part/bom.yaml", "part/category.yaml", "part/params.yaml", "part/part.yaml", "part/test_templates.yaml",
            "stock/location.yaml", "stock/stock_tests.yaml", "stock/stock.yaml", "users/users.yaml");

    private StocktreeServer() {
        this(property("stocktree.it.name", "local"), property("stocktree.it.database", "h2"), null);
    }

    private StocktreeServer(String name, String database, String existingDatabaseUrl) {
        this.name = name + (lane == 0 ? "" : "-lane" + lane);
        this.database = database;
        this.existingDatabaseUrl = existingDatabaseUrl;
        this.baseDir = Path.of(property("stocktree.it.workdir", "target/it")).resolve(this.name).toAbsolutePath();
    }

    /**
     * Starts a server of its own on an existing PostgreSQL database, taken as it is (the benchmark
     * runs on its dataset): nothing imported, nothing dropped. The caller stops it with {@link #close()}.
     */
    public static StocktreeServer startOn(String name, String jdbcUrl) {
        StocktreeServer server = new StocktreeServer(name, "postgresql", jdbcUrl);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        server.prepareFresh();
        server.start();
        return server;
    }

    /** Stops a server started with {@link #startOn}. */
    public void close() {
        stop();
    }

    private static String redisOfLane(String url, int lane) {
        return url.isBlank() || lane == 0 || url.endsWith(":1") ? url : url + "/" + lane;
    }

    /** The server of this test run, started (with a fresh database) on first use. */
    public static synchronized StocktreeServer shared() {
        if (startFailure != null) {
            throw new IllegalStateException("The test server failed to start earlier", startFailure);
        }
        if (shared == null) {
            StocktreeServer server = new StocktreeServer();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            try {
                server.prepareFresh();
                server.start();
            } catch (RuntimeException failed) {
                server.stop();
                startFailure = failed;
                throw failed;
            }
            shared = server;
        }
        return shared;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + (8080 + portOffset);
    }

    /** "postgresql" or "h2". */
    public String database() {
        return database;
    }

    /** The server's start-up import folder ({@code stocktree.import.dir}). */
    public Path importDir() {
        return baseDir.resolve("import");
    }

    /** The folder of InvenTree's fixture files the server imported on first start. */
    public Path fixtures() {
        return fixtures;
    }

    /** The server's log file. */
    public Path serverLog() {
        return baseDir.resolve("log/server.log");
    }

    /** The server's media folder (its default, under the server's data folder). */
    public Path mediaRoot() {
        return baseDir.resolve("data/stocktree/media");
    }

    public boolean onPostgresql() {
        return "postgresql".equals(database);
    }

    /** The name WildFly runs under ({@code jboss.node.name}); background tasks record it. */
    public String nodeName() {
        return "it-" + name;
    }

    /** A connection to the server's PostgreSQL database, for tests that set up or inspect rows directly. */
    public Connection sql() throws SQLException {
        if (!onPostgresql()) {
            throw new IllegalStateException("direct SQL is only available on PostgreSQL (H2 is embedded in the server)");
        }
        return DriverManager.getConnection(databaseUrl(), "postgres", "postgres");
    }

    /** Stops the server gracefully and starts it again on the same data. */
    public synchronized void restart() {
        stop();
        start();
    }

    /** Kills the server outright, as a power cut would, and starts it again on the same data. */
    public synchronized void crashAndRestart() {
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroyForcibly);
        awaitExit(tree, Duration.ofSeconds(30));
        start();
    }

    private void prepareFresh() {
        try {
            deleteTree(baseDir);
            Path configuration = baseDir.resolve("configuration");
            Files.createDirectories(configuration);
            try (Stream<Path> files = Files.list(jbossHome.resolve("standalone/configuration"))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(file)) {
                        Files.copy(file, configuration.resolve(file.getFileName()));
                    }
                }
            }
            Path deployments = Files.createDirectories(baseDir.resolve("deployments"));
            Files.copy(war, deployments.resolve("stocktree.war"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(importDir());
            for (int i = 0; existingDatabaseUrl == null && i < FIXTURES.size(); i++) {
                Path fixture = fixtures.resolve(FIXTURES.get(i));
                if (Files.isRegularFile(fixture)) {
                    Files.copy(fixture, importDir().resolve(String.format("%02d-%s", i + 1, fixture.getFileName())));
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        if (onPostgresql() && existingDatabaseUrl == null) {
            recreateDatabase();
        }
        forgetCachedValues();
    }

    /**
     * A fresh database reuses ids, so values Redis still holds from an earlier run (cached under
     * those ids) would be wrong for this one: empty the lane's Redis database first.
     */
    private void forgetCachedValues() {
        if (redis.isBlank() || redis.endsWith(":1")) {
            return;
        }
        try (RedisClient client = RedisClient.builder()
                .fromURI(URI.create(redis)).build()) {
            client.flushDB();
        }
    }

    private void start() {
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", jbossHome.resolve("bin/standalone.sh").toString(),
                    "-c", "standalone.xml",
                    "-Djboss.server.base.dir=" + baseDir,
                    "-Djboss.socket.binding.port-offset=" + portOffset,
                    "-Djboss.node.name=" + nodeName(),
                    "-Djava.awt.headless=true",
                    "-Dstocktree.test.count-statements=true");
            Map<String, String> env = builder.environment();
            env.put("JAVA_OPTS", property("stocktree.it.java-opts", "-Xms256m -Xmx1g -XX:+UseSerialGC")
                    + " -Djava.net.preferIPv4Stack=true");
            env.put("STOCKTREE_ADMIN_USER", ADMIN_USER);
            env.put("STOCKTREE_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("STOCKTREE_ADMIN_EMAIL", "admin@example.com");
            // One global setting fixed by configuration, for the tests of read-only settings; a test
            // server has no use for update checks anyway (0 turns them off).
            env.put("STOCKTREE_GLOBAL_SETTINGS", "{\"INVENTREE_UPDATE_CHECK_INTERVAL\": 0}");
            env.put("STOCKTREE_IMPORT_DIR", importDir().toString());
            env.put("STOCKTREE_ATTACHMENTS_MAX_SIZE", String.valueOf(ATTACHMENT_MAX_SIZE));
            env.remove("STOCKTREE_DB_URL");
            env.remove("STOCKTREE_REDIS_URL");
            if (onPostgresql()) {
                env.put("STOCKTREE_DB_URL", databaseUrl());
                env.put("STOCKTREE_DB_USER", "postgres");
                env.put("STOCKTREE_DB_PASSWORD", "postgres"); // trust authentication ignores it
            }
            if (!redis.isBlank()) {
                env.put("STOCKTREE_REDIS_URL", redis);
            }
            // Sign-in through LDAP, against a directory in this test's memory (LdapSignInIT).
            if (directory == null) {
                directory = TestDirectory.start(10389 + portOffset);
            }
            env.put("STOCKTREE_LDAP_URL", directory.url());
            env.put("STOCKTREE_LDAP_BIND_DN", TestDirectory.SERVICE_DN);
            env.put("STOCKTREE_LDAP_BIND_PASSWORD", TestDirectory.SERVICE_PASSWORD);
            env.put("STOCKTREE_LDAP_SEARCH_BASE", "ou=people," + TestDirectory.BASE);
            env.put("STOCKTREE_LDAP_GROUP_BASE", "ou=groups," + TestDirectory.BASE);
            env.put("STOCKTREE_LDAP_MIRROR_GROUPS", "true");
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(baseDir.resolve("console.log").toFile()));
            process = builder.start();
            awaitHealthy();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/system/health/"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly exited during start-up; see " + baseDir.resolve("console.log"));
            }
            if (Files.exists(baseDir.resolve("deployments/stocktree.war.failed"))) {
                throw new IllegalStateException("Deployment failed; see " + baseDir.resolve("console.log"));
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is not listening yet
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("WildFly did not become healthy within " + START_TIMEOUT);
    }

    private synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroy);
        if (!awaitExit(tree, Duration.ofSeconds(45))) {
            tree.forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree, Duration.ofSeconds(15));
        }
    }

    /** The launcher script and the JVM it started, captured before either is signalled. */
    private List<ProcessHandle> tree() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        return tree;
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        for (ProcessHandle handle : processes) {
            try {
                handle.onExit().get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()),
                        java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException late) {
                return false;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** The JDBC URL of the server's database (PostgreSQL). */
    public String databaseUrl() {
        if (existingDatabaseUrl != null) {
            return existingDatabaseUrl;
        }
        return "jdbc:postgresql://127.0.0.1:5432/" + databaseName();
    }

    private String databaseName() {
        return "stocktree_it_" + name.replaceAll("[^a-z0-9]", "_");
    }

    private void recreateDatabase() {
        try (Connection admin = DriverManager.getConnection(PG_ADMIN_URL, "postgres", "postgres");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + databaseName() + " with (force)");
            statement.execute("create database " + databaseName());
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not create the test database on PostgreSQL", failed);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private static String property(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null ? fallback : value;
    }
}
