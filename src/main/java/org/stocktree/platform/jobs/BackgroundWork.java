package org.stocktree.platform.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts background work: a Jakarta Batch job (XML under {@code META-INF/batch-jobs}) whose life
 * is recorded as a {@link BackgroundTask}. Every job XML lists the {@code taskRecorder} listener
 * with {@code taskId = #{jobParameters['taskId']}}, which keeps the record current.
 */
@ApplicationScoped
public class BackgroundWork {

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());
    static final String TASK_ID = "taskId";

    @Inject
    TaskRecords records;

    /**
     * Settles the records of unfinished tasks whose job has in fact ended. A job that
     * fails before its listeners run (an artifact that cannot be created, say) would otherwise
     * read as pending forever. The batch repository is shared by all nodes, so
     * whichever node runs this settles them all.
     */
    public void reconcile() {
        JobOperator operator = BatchRuntime.getJobOperator();
        for (BackgroundTask task : records.unfinished()) {
            BatchStatus status;
            try {
                status = operator.getJobExecution(task.getExecutionId()).getBatchStatus();
            } catch (NoSuchJobExecutionException gone) {
                records.finished(task.getTaskId(), false, "The job execution no longer exists");
                continue;
            }
            if (status == BatchStatus.COMPLETED) {
                records.finished(task.getTaskId(), true, "COMPLETED");
            } else if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                    || status == BatchStatus.ABANDONED) {
                records.finished(task.getTaskId(), false, "Failed: the job ended with status " + status);
            }
        }
    }

    /**
     * Queues the job and returns its task id at once; the job runs on the batch thread pool.
     *
     * @param job the job XML's name
     * @param parameters the job parameters, also shown as the task's keyword arguments
     */
    public String start(String job, Map<String, String> parameters) {
        String kwargs = new TreeMap<>(parameters).toString();
        String taskId = records.open(job, "stocktree.jobs." + job, kwargs);
        Properties properties = new Properties();
        properties.putAll(parameters);
        properties.setProperty(TASK_ID, taskId);
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            records.queued(taskId, operator.start(job, properties));
        } catch (RuntimeException refused) {
            LOG.log(Level.WARNING, "Could not start background job " + job, refused);
            records.finished(taskId, false, "Could not start: " + refused.getMessage());
        }
        return taskId;
    }
}
