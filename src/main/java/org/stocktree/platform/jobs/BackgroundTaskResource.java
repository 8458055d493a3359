package org.stocktree.platform.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stocktree.platform.jobs.BackgroundTask.State;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.BulkRequest;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.ServerRole;

/** {@code /api/background-task/}: the state of background work, for staff, in InvenTree's shapes. */
@Path("background-task")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ServerRole.STAFF)
public class BackgroundTaskResource {

    private static final List<State> PENDING = List.of(State.PENDING, State.RUNNING);
    private static final List<State> FAILED = List.of(State.FAILED);

    record Overview(@JsonProperty("is_running") boolean running, @JsonProperty("pending_tasks") long pending,
            @JsonProperty("scheduled_tasks") long scheduled, @JsonProperty("failed_tasks") long failed) {
    }

    record Detail(@JsonProperty("task_id") String taskId, boolean exists, boolean pending, boolean complete,
            boolean success, @JsonProperty("http_status") int httpStatus) {
    }

    record PendingTask(long pk, String key, OffsetDateTime lock, @JsonProperty("task_id") String taskId,
            String name, String func, String args, String kwargs) {
        static PendingTask of(BackgroundTask task) {
            return new PendingTask(task.getId(), task.getNode(),
                    task.getStarted() == null ? task.getCreated() : task.getStarted(),
                    task.getTaskId(), task.getName(), task.getFunc(), task.getArgs(), task.getKwargs());
        }
    }

    record FailedTask(String pk, String name, String func, String args, String kwargs, OffsetDateTime started,
            OffsetDateTime stopped, @JsonProperty("attempt_count") int attemptCount, String result) {
        static FailedTask of(BackgroundTask task) {
            return new FailedTask(String.valueOf(task.getId()), task.getName(), task.getFunc(), task.getArgs(),
                    task.getKwargs(), task.getStarted(), task.getStopped(), task.getAttemptCount(), task.getResult());
        }
    }

    record ScheduledTaskRow(long pk, String name, String func, String args, String kwargs,
            @JsonProperty("schedule_type") String scheduleType, long repeats,
            @JsonProperty("last_run") OffsetDateTime lastRun, @JsonProperty("next_run") OffsetDateTime nextRun,
            boolean success, String task) {
        static ScheduledTaskRow of(ScheduledTask schedule, OffsetDateTime nextRun) {
            return new ScheduledTaskRow(schedule.getId(), schedule.getName(), schedule.getFunc(), null, null,
                    schedule.getScheduleType(), -1, schedule.getLastRun(), nextRun, schedule.isSuccess(),
                    schedule.getTask());
        }
    }

    @Inject
    TaskRecords records;

    @Inject
    WorkerStatus workers;

    @Inject
    Schedules schedules;

    /** The fields a bulk delete may filter on, by their names in the API. */
    private static final Map<String, String> BULK_FILTERS = Map.of("func", "func", "task_id", "taskId",
            "started", "started", "stopped", "stopped", "attempts", "attemptCount", "name", "name");

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    public Overview overview() {
        return new Overview(workers.current().running(), records.count(PENDING), records.countSchedules(),
                records.count(FAILED));
    }

    @GET
    @Path("{taskId}")
    public Detail detail(@PathParam("taskId") String taskId) {
        Optional<BackgroundTask> task = records.byTaskId(taskId);
        if (task.isEmpty()) {
            return new Detail(taskId, false, false, false, false, 404);
        }
        BackgroundTask found = task.get();
        return new Detail(taskId, true, found.isPending(), found.isComplete(), found.getState() == State.SUCCESS,
                found.isComplete() ? 200 : 202);
    }

    @GET
    @Path("pending")
    public Object pending() {
        ListQuery<BackgroundTask> query = ListQuery.of(em, BackgroundTask.class)
                .filter((builder, root) -> root.get("state").in(PENDING))
                .orderBy(null, Map.of("pk", "id"), "pk");
        return Page.of(uri, query, PendingTask::of);
    }

    @DELETE
    @Path("pending")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> deletePending(BulkRequest request, @QueryParam("all") String all) {
        return delete(request, all, PENDING);
    }

    @GET
    @Path("failed")
    public Object failed(@QueryParam("ordering") String ordering) {
        ListQuery<BackgroundTask> query = ListQuery.of(em, BackgroundTask.class)
                .filter((builder, root) -> root.get("state").in(FAILED))
                .search(QueryFilters.of(uri).search(), "func")
                .orderBy(ordering, Map.of("pk", "id", "func", "func", "started", "started", "stopped", "stopped"),
                        "-stopped");
        return Page.of(uri, query, FailedTask::of);
    }

    @DELETE
    @Path("failed")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> deleteFailed(BulkRequest request, @QueryParam("all") String all) {
        return delete(request, all, FAILED);
    }

    @GET
    @Path("scheduled")
    public Object scheduled(@QueryParam("ordering") String ordering) {
        Map<String, OffsetDateTime> nextRuns = schedules.nextRuns();
        ListQuery<ScheduledTask> query = ListQuery.of(em, ScheduledTask.class)
                .search(QueryFilters.of(uri).search(), "func", "name")
                .orderBy(ordering, Map.of("pk", "id", "func", "func", "last_run", "lastRun"), "pk");
        return Page.of(uri, query, schedule -> ScheduledTaskRow.of(schedule, nextRuns.get(schedule.getName())));
    }

    /** Deletes the selected tasks among those in the given states, all or none. */
    private Map<String, String> delete(BulkRequest request, String all, List<State> states) {
        BulkRequest selection = request == null ? new BulkRequest(null, null) : request;
        ListQuery<BackgroundTask> query = selection.select(ListQuery.of(em, BackgroundTask.class)
                .filter((builder, root) -> root.get("state").in(states)), BULK_FILTERS, all);
        List<Long> ids = query.fetch(null, 0).stream().map(BackgroundTask::getId).toList();
        return Map.of("success", "Deleted " + records.delete(ids, states) + " items");
    }
}
