package org.stocktree.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.stocktree.bench.LoadRun.Operation;
import org.stocktree.bench.Scenarios.Scenario;

/**
 * Runs every scenario against a server and its database: first a few sequential probes that
 * count SQL statements (the server's header) and rows (PostgreSQL's counters), then the load
 * on the server and the same load on the database floor. Writes run after the reads, and the
 * items they moved are put back at the end.
 */
final class BenchRun {

    /** Where the floor's own tracking rows start, far above any id the app will use. */
    static final long FLOOR_ID_BASE = 1_000_000_000_000L;

    /** Rows per operation from {@code pg_stat_database}: read (tup_returned + tup_fetched) and written. */
    record Rows(double read, double written) {
        static final Rows UNKNOWN = new Rows(Double.NaN, Double.NaN);
    }

    /** One scenario's numbers; {@code floor} and the floor columns are empty for the HTTP floor. */
    record Result(String name, String request, int clients, Latencies app, long statements, Rows rows, Latencies floor,
            long floorStatements, Rows floorRows) {
    }

    private final BenchSettings settings;
    private final Connection sql;

    BenchRun(BenchSettings settings, Connection sql) {
        this.settings = settings;
        this.sql = sql;
    }

    List<Result> run(List<Scenario> scenarios, BenchTargets targets) throws Exception {
        try (Statement statement = sql.createStatement()) {
            statement.execute("create sequence if not exists bench_floor_ids");
        }
        List<Result> results = new ArrayList<>();
        try {
            for (Scenario scenario : scenarios) {
                System.out.println("bench: " + scenario.name() + " (" + scenario.clients() + " clients)");
                long[] start = rowCounters();
                long appStatements = fewestStatements(scenario.app());
                long[] between = rowCounters();
                long floorStatements = scenario.floor() == null ? 0 : fewestStatements(scenario.floor());
                Rows floorRows = scenario.floor() == null ? Rows.UNKNOWN : rows(between, rowCounters());
                Latencies appLatencies = LoadRun.measure(scenario.clients(), settings, scenario.app());
                Latencies floorLatencies = scenario.floor() == null ? Latencies.NONE
                        : LoadRun.measure(scenario.clients(), settings, scenario.floor());
                Result result = new Result(scenario.name(), scenario.request(), scenario.clients(), appLatencies,
                        appStatements, rows(start, between), floorLatencies, floorStatements, floorRows);
                System.out.printf("bench:   p95 %.1f ms (floor %.1f ms), %d statements%n", appLatencies.p95(),
                        floorLatencies.p95(), appStatements);
                results.add(result);
            }
        } finally {
            putBack(targets);
        }
        return results;
    }

    /**
     * Calls the operation a few times, one after the other, for the fewest statements any call
     * ran (the server's count is global: others' background work only adds).
     */
    private long fewestStatements(Operation operation) throws Exception {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < settings.probes(); i++) {
            fewest = Math.min(fewest, operation.call(0, 2_000_000 + i));
        }
        return fewest;
    }

    /** The rows per probe call the database counted between two readings of its counters. */
    private Rows rows(long[] before, long[] after) {
        return new Rows((double) (after[0] - before[0]) / settings.probes(),
                (double) (after[1] - before[1]) / settings.probes());
    }

    /** PostgreSQL publishes a backend's counters only every so often: wait for them, then read. */
    private long[] rowCounters() throws SQLException, InterruptedException {
        Thread.sleep(settings.statsSettle().toMillis());
        try (Statement statement = sql.createStatement()) {
            statement.execute("select pg_stat_clear_snapshot()");
            try (ResultSet row = statement.executeQuery("select tup_returned + tup_fetched,"
                    + " tup_inserted + tup_updated + tup_deleted from pg_stat_database where datname = current_database()")) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }

    /** Every write item back where it was, and the floor's tracking rows gone, so the dataset stays as loaded. */
    private void putBack(BenchTargets targets) throws SQLException {
        try (PreparedStatement update = sql.prepareStatement("update stock_stockitem set location_id = ? where id = ?");
                Statement statement = sql.createStatement()) {
            for (BenchTargets.WriteItem item : targets.writeItems()) {
                update.setObject(1, item.location());
                update.setLong(2, item.id());
                update.addBatch();
            }
            update.executeBatch();
            statement.execute("delete from stock_stockitemtracking where id > " + FLOOR_ID_BASE);
            statement.execute("drop sequence if exists bench_floor_ids");
        }
    }
}
