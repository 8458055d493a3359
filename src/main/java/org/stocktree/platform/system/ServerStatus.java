package org.stocktree.platform.system;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.management.ObjectName;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stocktree.platform.cache.SharedCache;
import org.stocktree.platform.jobs.BackgroundTask.State;
import org.stocktree.platform.jobs.TaskRecords;

/**
 * The live facts the info endpoints report: database engine, background worker state.
 *
 * <p>Clients poll {@code /api/} often, so the worker facts come from the shared cache and are at
 * most a few seconds old.
 */
@ApplicationScoped
public class ServerStatus {

    private static final Logger LOG = Logger.getLogger(ServerStatus.class.getName());
    private static final Duration WORKER_FACTS_TTL = Duration.ofSeconds(5);

    /** The background worker as last seen. */
    public record Worker(boolean running, long pendingTasks, int threads) {
    }

    @Inject
    TaskRecords tasks;

    @Inject
    SharedCache cache;

    @Inject
    @ConfigProperty(name = "stocktree.tasks.heartbeat-timeout-seconds")
    long heartbeatTimeoutSeconds;

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

    public Worker worker() {
        return cache.get("server-status:worker", Worker.class, WORKER_FACTS_TTL, this::readWorker);
    }

    /** The operating system and Java runtime the server runs on. */
    public String platform() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + "), Java " + Runtime.version();
    }

    private Worker readWorker() {
        OffsetDateTime lastBeat = tasks.schedule("heartbeat").map(s -> s.getLastRun()).orElse(null);
        boolean running = lastBeat != null
                && lastBeat.isAfter(OffsetDateTime.now().minusSeconds(heartbeatTimeoutSeconds));
        long pending = tasks.count(List.of(State.PENDING, State.RUNNING));
        return new Worker(running, pending, batchThreads());
    }

    /** The size of the server's Jakarta Batch thread pool, which runs background jobs. */
    private static int batchThreads() {
        try {
            Object max = ManagementFactory.getPlatformMBeanServer().getAttribute(
                    new ObjectName("jboss.as:subsystem=batch-jberet,thread-pool=batch"), "maxThreads");
            return max instanceof Number number ? number.intValue() : 1;
        } catch (Exception notExposed) {
            return 1;
        }
    }
}
