package org.stocktree.platform.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * At start-up, fails the tasks this node was running when it last stopped.
 *
 * <p>Only this node's tasks: in a cluster the others may still be running theirs. The matching
 * Jakarta Batch executions are closed as FAILED too, so the batch repository does not report them
 * as started forever (the repository has no notion of which node ran what, hence our record).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class InterruptedTaskRecovery {

    private static final Logger LOG = Logger.getLogger(InterruptedTaskRecovery.class.getName());

    @Inject
    TaskRecords records;

    @Resource(lookup = "java:jboss/datasources/StocktreeDS")
    DataSource dataSource;

    @PostConstruct
    void recover() {
        List<Long> executions = records.failInterrupted(NodeName.current());
        if (!executions.isEmpty()) {
            closeBatchExecutions(executions);
        }
    }

    private void closeBatchExecutions(List<Long> executionIds) {
        String sql = "update job_execution set batchstatus = 'FAILED', exitstatus = 'INTERRUPTED', endtime = ? "
                + "where jobexecutionid = ? and batchstatus in ('STARTING', 'STARTED', 'STOPPING')";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (Long id : executionIds) {
                update.setTimestamp(1, Timestamp.from(Instant.now()));
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException schemaDiffers) {
            LOG.log(Level.WARNING, "Could not close interrupted batch executions " + executionIds, schemaDiffers);
        }
    }
}
