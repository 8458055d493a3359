package org.stocktree.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.stocktree.platform.jobs.BackgroundTask.State;

/**
 * The record of background tasks and schedules. Each change commits on its own, because a task's
 * state must be visible to other requests and nodes while the task is still running.
 */
@ApplicationScoped
public class TaskRecords {

    private static final Logger LOG = Logger.getLogger(TaskRecords.class.getName());

    @PersistenceContext
    EntityManager em;

    @Transactional(TxType.REQUIRES_NEW)
    public String open(String name, String func, String kwargs) {
        BackgroundTask task = new BackgroundTask(name, func, kwargs, NodeName.current());
        em.persist(task);
        return task.getTaskId();
    }

    /** The batch runtime accepted the job under this execution id. */
    @Transactional(TxType.REQUIRES_NEW)
    public void queued(String taskId, long executionId) {
        byTaskId(taskId).ifPresent(task -> task.queued(executionId));
    }

    /** Tasks of any node that are queued or running and known to the batch runtime. */
    public List<BackgroundTask> unfinished() {
        return em.createQuery("select t from BackgroundTask t where t.state in :states"
                        + " and t.executionId is not null", BackgroundTask.class)
                .setParameter("states", List.of(State.PENDING, State.RUNNING))
                .getResultList();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void running(String taskId, long executionId) {
        byTaskId(taskId).ifPresent(task -> task.running(executionId));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void finished(String taskId, boolean success, String outcome) {
        byTaskId(taskId).ifPresent(task -> task.finished(success, outcome));
    }

    /**
     * Marks the tasks this node left pending or running as failed. Called at start-up: a task that
     * was in flight when the node stopped will never finish, and must not read as running forever.
     *
     * @return the job executions (Jakarta Batch ids) of the tasks marked failed
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> failInterrupted(String node) {
        List<BackgroundTask> interrupted = em.createQuery(
                        "select t from BackgroundTask t where t.node = :node and t.state in :states", BackgroundTask.class)
                .setParameter("node", node)
                .setParameter("states", List.of(State.PENDING, State.RUNNING))
                .getResultList();
        interrupted.forEach(task -> task.finished(false, "Interrupted: the server stopped while this task was "
                + task.getState().name().toLowerCase()));
        if (!interrupted.isEmpty()) {
            LOG.warning(() -> interrupted.size() + " background task(s) interrupted by the last shutdown marked failed");
        }
        return interrupted.stream().map(BackgroundTask::getExecutionId).filter(id -> id != null).toList();
    }

    /** Deletes finished tasks that stopped before the cutoff; returns how many. */
    @Transactional
    public int deleteFinishedBefore(OffsetDateTime cutoff) {
        return em.createQuery("delete from BackgroundTask t where t.state in :states and t.stopped < :cutoff")
                .setParameter("states", List.of(State.SUCCESS, State.FAILED))
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    @Transactional
    public int delete(Collection<Long> ids, Collection<State> states) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from BackgroundTask t where t.id in :ids and t.state in :states")
                .setParameter("ids", ids)
                .setParameter("states", states)
                .executeUpdate();
    }

    public Optional<BackgroundTask> byTaskId(String taskId) {
        return em.createQuery("select t from BackgroundTask t where t.taskId = :taskId", BackgroundTask.class)
                .setParameter("taskId", taskId)
                .getResultStream().findFirst();
    }

    public long count(Collection<State> states) {
        return em.createQuery("select count(t) from BackgroundTask t where t.state in :states", Long.class)
                .setParameter("states", states)
                .getSingleResult();
    }

    /** Creates or updates the schedule's row, keeping its history. */
    @Transactional(TxType.REQUIRES_NEW)
    public void register(String name, String func, String scheduleType, String schedule) {
        Optional<ScheduledTask> existing = schedule(name);
        if (existing.isPresent()) {
            existing.get().describe(func, scheduleType, schedule);
        } else {
            em.persist(new ScheduledTask(name, func, scheduleType, schedule));
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void scheduleRan(String name, boolean success, String spawnedTask) {
        schedule(name).ifPresent(row -> row.ran(success, spawnedTask));
    }

    public long countSchedules() {
        return em.createQuery("select count(s) from ScheduledTask s", Long.class).getSingleResult();
    }

    public Optional<ScheduledTask> schedule(String name) {
        return em.createNamedQuery(ScheduledTask.BY_NAME, ScheduledTask.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }
}
