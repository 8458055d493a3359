package org.stocktree.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stocktree.platform.jobs.BackgroundTask.State;

class BackgroundTaskTest {

    @Test
    void aTaskIsPendingUntilItRunsAndCompleteWhenItEnds() {
        BackgroundTask task = new BackgroundTask("housekeeping", "stocktree.jobs.housekeeping", "{}", "node-1");
        assertThat(task.getState()).isEqualTo(State.PENDING);
        assertThat(task.isPending()).isTrue();
        assertThat(task.getTaskId()).hasSize(36);

        task.queued(42);
        assertThat(task.getExecutionId()).isEqualTo(42);
        assertThat(task.isPending()).isTrue();

        task.running(42);
        assertThat(task.getState()).isEqualTo(State.RUNNING);
        assertThat(task.getAttemptCount()).isEqualTo(1);
        assertThat(task.getStarted()).isNotNull();

        task.finished(true, "COMPLETED");
        assertThat(task.getState()).isEqualTo(State.SUCCESS);
        assertThat(task.isComplete()).isTrue();
        assertThat(task.getStopped()).isNotNull();
    }

    @Test
    void theFirstWordOnHowATaskEndedStands() {
        BackgroundTask task = new BackgroundTask("job", "f", null, "node-1");
        task.finished(false, "Interrupted");
        task.finished(true, "COMPLETED");
        assertThat(task.getState()).isEqualTo(State.FAILED);
        assertThat(task.getResult()).isEqualTo("Interrupted");
        assertThat(task.getStarted()).as("a task that never started reports its stop time").isEqualTo(task.getStopped());
    }
}
