package org.stocktree.platform.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps a job's {@link BackgroundTask} record current: running when it starts, finished when it ends. */
@Dependent
@Named("taskRecorder")
public class TaskRecorder implements JobListener {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String taskId;

    @Inject
    TaskRecords records;

    @Override
    public void beforeJob() {
        if (taskId != null) {
            records.running(taskId, job.getExecutionId());
        }
    }

    @Override
    public void afterJob() {
        if (taskId == null) {
            return;
        }
        BatchStatus status = job.getBatchStatus();
        boolean failed = status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                || status == BatchStatus.ABANDONED;
        String exit = job.getExitStatus();
        records.finished(taskId, !failed, failed ? "Failed: " + (exit == null ? status.name() : exit)
                : (exit == null ? "COMPLETED" : exit));
    }
}
