package org.stocktree.platform.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's timetable. Timers are persistent and kept in the database timer store, so in a
 * cluster each run happens on exactly one node.
 *
 * <ul>
 *   <li>{@code heartbeat}, every 30 seconds: proves the background worker is alive (the API's
 *       {@code worker_running}).
 *   <li>{@code housekeeping}, hourly and once at start-up: a Jakarta Batch job that deletes old
 *       task records.
 * </ul>
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "InterruptedTaskRecovery"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Schedules {

    private static final Logger LOG = Logger.getLogger(Schedules.class.getName());

    static final String HEARTBEAT = "heartbeat";
    static final String HOUSEKEEPING = "housekeeping";

    @Inject
    TaskRecords records;

    @Inject
    BackgroundWork work;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        records.register(HEARTBEAT, "stocktree.tasks.heartbeat", "I", "every 30 seconds");
        records.register(HOUSEKEEPING, "stocktree.jobs.housekeeping", "H", "hourly, and at start-up");
        heartbeat();
        housekeeping();
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", info = HEARTBEAT)
    public void heartbeat() {
        records.scheduleRan(HEARTBEAT, true, null);
        work.reconcile();
    }

    @Schedule(minute = "7", hour = "*", info = HOUSEKEEPING)
    public void housekeeping() {
        try {
            String task = work.start("housekeeping", Map.of());
            records.scheduleRan(HOUSEKEEPING, true, task);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Housekeeping could not start", failed);
            records.scheduleRan(HOUSEKEEPING, false, null);
        }
    }

    /** When each schedule runs next, by name; from the timer store, so it is right on every node. */
    public Map<String, OffsetDateTime> nextRuns() {
        Map<String, OffsetDateTime> next = new HashMap<>();
        for (Timer timer : timers.getTimers()) {
            if (timer.getInfo() instanceof String name) {
                next.put(name, timer.getNextTimeout().toInstant().atOffset(ZoneOffset.UTC));
            }
        }
        return next;
    }
}
