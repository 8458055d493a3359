package org.stocktree.platform.jobs;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The housekeeping job's step: deletes finished task records older than
 * {@code stocktree.tasks.keep-days}, as InvenTree deletes old successful and failed tasks.
 */
@Dependent
@Named("housekeeping")
public class Housekeeping extends AbstractBatchlet {

    @Inject
    TaskRecords records;

    @Inject
    @ConfigProperty(name = "stocktree.tasks.keep-days")
    int keepDays;

    @Override
    public String process() {
        int deleted = records.deleteFinishedBefore(OffsetDateTime.now().minusDays(keepDays));
        return "Deleted " + deleted + " finished task record(s) older than " + keepDays + " days";
    }
}
