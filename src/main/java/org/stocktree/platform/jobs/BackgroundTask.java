package org.stocktree.platform.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.stocktree.platform.persistence.BaseEntity;

/**
 * One run of a background job, from the moment it is asked for until it ends.
 *
 * <p>Pending (queued), running, then succeeded or failed. The node that started it is recorded:
 * when a node restarts after a crash, the tasks it was still running are marked failed, since
 * nothing will ever finish them.
 */
@Entity
@Table(name = "background_task")
public class BackgroundTask extends BaseEntity {

    /** Where a task is in its life. */
    public enum State { PENDING, RUNNING, SUCCESS, FAILED }

    @Column(name = "task_id", nullable = false, length = 36, updatable = false)
    private String taskId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 256)
    private String func;

    @Column(length = 4000)
    private String args;

    @Column(length = 4000)
    private String kwargs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(nullable = false, length = 255)
    private String node;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    private OffsetDateTime started;

    private OffsetDateTime stopped;

    private String result;

    @Column(name = "attempt_count", nullable = false)
    private int attemptCount;

    protected BackgroundTask() {
    }

    BackgroundTask(String name, String func, String kwargs, String node) {
        this.taskId = UUID.randomUUID().toString();
        this.name = Objects.requireNonNull(name);
        this.func = Objects.requireNonNull(func);
        this.kwargs = kwargs;
        this.args = "()";
        this.node = Objects.requireNonNull(node);
        this.state = State.PENDING;
        this.created = OffsetDateTime.now();
    }

    /** The batch runtime has accepted the job. */
    void queued(long jobExecutionId) {
        this.executionId = jobExecutionId;
    }

    /** The job has started on a worker thread. */
    void running(long jobExecutionId) {
        this.executionId = jobExecutionId;
        this.state = State.RUNNING;
        this.started = OffsetDateTime.now();
        this.attemptCount++;
    }

    /** The job has ended; the result is its exit status or what went wrong. */
    void finished(boolean success, String outcome) {
        if (isComplete()) {
            return; // the first word on how a task ended stands
        }
        this.state = success ? State.SUCCESS : State.FAILED;
        this.result = outcome;
        this.stopped = OffsetDateTime.now();
        if (started == null) {
            started = stopped;
        }
    }

    public boolean isPending() {
        return state == State.PENDING || state == State.RUNNING;
    }

    public boolean isComplete() {
        return state == State.SUCCESS || state == State.FAILED;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getName() {
        return name;
    }

    public String getFunc() {
        return func;
    }

    public String getArgs() {
        return args;
    }

    public String getKwargs() {
        return kwargs;
    }

    public State getState() {
        return state;
    }

    public String getNode() {
        return node;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public OffsetDateTime getCreated() {
        return created;
    }

    public OffsetDateTime getStarted() {
        return started;
    }

    public OffsetDateTime getStopped() {
        return stopped;
    }

    public String getResult() {
        return result;
    }

    public int getAttemptCount() {
        return attemptCount;
    }
}
