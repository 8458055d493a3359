package org.stocktree.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import javax.management.ObjectName;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stocktree.platform.cache.SharedCache;
import org.stocktree.platform.jobs.BackgroundTask.State;

/**
 * The background worker as last seen: alive while its heartbeat is recent, with its queue length.
 *
 * <p>Clients poll {@code /api/} often, so these facts come from the shared cache and are at most a
 * few seconds old.
 */
@ApplicationScoped
public class WorkerStatus {

    private static final Duration TTL = Duration.ofSeconds(5);

    /** What the info endpoints report about background work. */
    public record Worker(boolean running, long pendingTasks, int threads) {
    }

    @Inject
    TaskRecords tasks;

    @Inject
    SharedCache cache;

    @Inject
    @ConfigProperty(name = "stocktree.tasks.heartbeat-timeout-seconds")
    long heartbeatTimeoutSeconds;

    public Worker current() {
        return cache.get("worker-status", Worker.class, TTL, this::read);
    }

    private Worker read() {
        OffsetDateTime lastBeat = tasks.schedule(Schedules.HEARTBEAT).map(ScheduledTask::getLastRun).orElse(null);
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
