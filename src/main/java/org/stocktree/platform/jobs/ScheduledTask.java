package org.stocktree.platform.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.stocktree.platform.persistence.BaseEntity;

/**
 * Work the server does on a timetable (an EJB {@code @Schedule}), with the outcome of its last run.
 * The timers themselves live in the server's timer store; this row is what the API reports.
 */
@Entity
@Table(name = "scheduled_task")
@NamedQuery(name = ScheduledTask.BY_NAME, query = "select s from ScheduledTask s where s.name = :name")
public class ScheduledTask extends BaseEntity {

    static final String BY_NAME = "ScheduledTask.byName";

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Column(nullable = false, length = 256)
    private String func;

    /** InvenTree's schedule types: "I" minutes, "H" hourly, "D" daily, "C" cron... */
    @Column(name = "schedule_type", nullable = false, length = 2)
    private String scheduleType;

    /** When it runs, in words a person reads ("every 30 seconds"). */
    @Column(nullable = false, length = 100)
    private String schedule;

    @Column(name = "last_run")
    private OffsetDateTime lastRun;

    @Column(nullable = false)
    private boolean success;

    @Column(length = 36)
    private String task;

    protected ScheduledTask() {
    }

    ScheduledTask(String name, String func, String scheduleType, String schedule) {
        this.name = name;
        describe(func, scheduleType, schedule);
    }

    void describe(String newFunc, String newScheduleType, String newSchedule) {
        this.func = newFunc;
        this.scheduleType = newScheduleType;
        this.schedule = newSchedule;
    }

    void ran(boolean succeeded, String spawnedTask) {
        this.lastRun = OffsetDateTime.now();
        this.success = succeeded;
        if (spawnedTask != null) {
            this.task = spawnedTask;
        }
    }

    public String getName() {
        return name;
    }

    public String getFunc() {
        return func;
    }

    public String getScheduleType() {
        return scheduleType;
    }

    public String getSchedule() {
        return schedule;
    }

    public OffsetDateTime getLastRun() {
        return lastRun;
    }

    public boolean isSuccess() {
        return success;
    }

    public String getTask() {
        return task;
    }
}
