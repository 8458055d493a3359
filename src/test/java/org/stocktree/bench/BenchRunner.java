package org.stocktree.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.stocktree.testing.StocktreeServer;

/**
 * The benchmark command: starts a server of its own (WildFly, as the integration tests do, with
 * statement counting on) on the benchmark database, loading the dataset first if the database
 * holds no parts, measures every scenario against its floors, and writes the report to
 * {@code target/bench/}.
 *
 * <pre>mvn -B -DskipSpa=true -DskipTests -Pbench package exec:java@run</pre>
 *
 * Settings: {@code bench.database} (name or JDBC URL, default stocktree_bench), {@code bench.size} and
 * {@code bench.seed} (for a load), and those of {@link BenchSettings}.
 */
public final class BenchRunner {

    private BenchRunner() {
    }

    public static void main(String[] args) throws Exception {
        String database = System.getProperty("bench.database", "stocktree_bench");
        String host = System.getProperty("bench.host", "127.0.0.1:5432");
        String user = System.getProperty("bench.user", "postgres");
        String password = System.getProperty("bench.password", "");
        String url = database.startsWith("jdbc:") ? database : "jdbc:postgresql://" + host + "/" + database;
        if (!holdsParts(url, user, password)) {
            BenchDataset.main(new String[] {database, System.getProperty("bench.size", "full"),
                    System.getProperty("bench.seed", "42")});
        }
        // A database first served by "mvn -Pserve" keeps that server's administrator and password.
        String adminPassword = System.getProperty("bench.admin-password", StocktreeServer.ADMIN_PASSWORD);
        StocktreeServer server = StocktreeServer.startOn("bench", url);
        int status = 0;
        try {
            BenchApi api = BenchApi.signIn(server.baseUrl(), StocktreeServer.ADMIN_USER, adminPassword);
            BenchReport report = measure(api, url, user, password, BenchSettings.fromSystemProperties(), t -> t);
            Path written = report.write(Path.of("target/bench"), "Stocktree benchmark on " + url);
            System.out.println(Files.readString(written));
            System.out.println("bench: report written to " + written.toAbsolutePath());
        } catch (Exception failed) {
            failed.printStackTrace();
            status = 1;
        } finally {
            server.close();
        }
        // The test directory and HTTP clients leave threads that would keep Maven's JVM waiting.
        System.exit(status);
    }

    /**
     * Measures every scenario of {@link Scenarios} against the server {@code api} talks to and its
     * database; {@code adjust} may change the picked targets (the automated check writes to items of its own).
     */
    static BenchReport measure(BenchApi api, String url, String user, String password, BenchSettings settings,
            UnaryOperator<BenchTargets> adjust) throws Exception {
        int writeItems = Math.max(settings.clients() * Math.max(settings.transferItems(), settings.countItems()),
                settings.mixedClients() * settings.mixedTransferItems());
        try (Connection sql = DriverManager.getConnection(url, user, password);
                DatabaseFloor floor = new DatabaseFloor(url, user, password,
                        Math.max(settings.clients(), settings.mixedClients()))) {
            // As autovacuum keeps a live database: fresh statistics and visibility (earlier runs wrote).
            sql.createStatement().execute("vacuum analyze");
            BenchTargets targets = adjust.apply(BenchTargets.pick(sql, writeItems));
            List<String> notes = new ArrayList<>(machine(sql));
            notes.add(String.format("Settings: %d clients (%d in the mixed scenario), warm-up %s s / %d calls, measured %s s"
                    + " / %d calls per client, %d probes per scenario", settings.clients(), settings.mixedClients(),
                    settings.warmup().toSeconds(), settings.warmupIterations(), settings.duration().toSeconds(),
                    settings.iterations(), settings.probes()));
            notes.add("Rows read/written per call: the growth of PostgreSQL's pg_stat_database counters"
                    + " (tup_returned + tup_fetched; tup_inserted + tup_updated + tup_deleted) over the probes,"
                    + " divided by the probes (pg_stat_statements is not loaded on this server).");
            notes.add("Targets: " + targets);
            List<BenchRun.Result> results = new BenchRun(settings, sql)
                    .run(selected(Scenarios.all(api, floor, targets, settings)), targets);
            return new BenchReport(results, notes);
        }
    }

    /**
     * The scenarios named by {@code bench.only} (comma-separated parts of their names, for working
     * on a few), always with the HTTP floor the report compares against; every scenario without it.
     */
    private static List<Scenarios.Scenario> selected(List<Scenarios.Scenario> all) {
        String only = System.getProperty("bench.only", "").strip();
        if (only.isEmpty()) {
            return all;
        }
        List<String> wanted = List.of(only.split("\\s*,\\s*"));
        return all.stream().filter(scenario -> scenario.name().equals(Scenarios.HTTP_FLOOR)
                || wanted.stream().anyMatch(scenario.name()::contains)).toList();
    }

    private static List<String> machine(Connection sql) throws SQLException, IOException {
        List<String> lines = new ArrayList<>();
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        try (var statement = sql.createStatement(); var row = statement.executeQuery("select version()")) {
            row.next();
            lines.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + memory + ", "
                    + row.getString(1).replaceAll(" on .*", "") + ", load average at the start " + load);
        }
        return lines;
    }

    private static boolean holdsParts(String url, String user, String password) {
        try (Connection sql = DriverManager.getConnection(url, user, password)) {
            return BenchTargets.number(sql, "select count(*) from (select 1 from part_part limit 1) p") > 0;
        } catch (SQLException | IllegalStateException missing) {
            return false;
        }
    }
}
