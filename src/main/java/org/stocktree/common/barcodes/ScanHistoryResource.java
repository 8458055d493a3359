package org.stocktree.common.barcodes;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.Map;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.BulkRequest;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.ServerRole;
import org.stocktree.users.User;

/**
 * {@code /api/barcode/history/}: the recorded scans, newest first. Anyone signed in reads them, as
 * in InvenTree; staff delete them, one by one or in bulk.
 */
@Path("barcode/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class ScanHistoryResource {

    private static final Map<String, String> ORDERING = Map.of("user", "user.id", "timestamp", "timestamp",
            "endpoint", "endpoint", "result", "result");
    private static final Map<String, String> BULK_FILTERS = Map.of("user", "user.id", "result", "result");

    /** A recorded scan as the API shows it. */
    record Row(long pk, String data, OffsetDateTime timestamp, String endpoint, Map<String, Object> context,
            Map<String, Object> response, boolean result, Long user,
            @JsonProperty("user_detail") UserBrief userDetail) {

        static Row of(BarcodeScanResult scan) {
            User user = scan.getUser();
            return new Row(scan.getId(), scan.getData(), scan.getTimestamp(), scan.getEndpoint(),
                    scan.getContext().isEmpty() ? null : scan.getContext(),
                    scan.getResponse().isEmpty() ? null : scan.getResponse(), scan.isResult(),
                    user == null ? null : user.getId(), user == null ? null : UserBrief.of(user));
        }
    }

    /** The user who scanned, as {@code user_detail} shows it. */
    record UserBrief(long pk, String username, @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName, String email) {

        static UserBrief of(User user) {
            return new UserBrief(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(),
                    user.getEmail());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list(@QueryParam("ordering") String ordering) {
        return Page.of(uri, filtered(ordering), Row::of);
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ServerRole.STAFF)
    public Response deleteSelected(BulkRequest request, @QueryParam("all") String all) {
        BulkRequest selection = request == null ? new BulkRequest(null, null) : request;
        selection.select(ListQuery.of(em, BarcodeScanResult.class), BULK_FILTERS, all).fetch(null, 0)
                .forEach(em::remove);
        return Response.noContent().build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Row detail(@PathParam("id") long id) {
        return Row.of(BaseEntity.require(em, BarcodeScanResult.class, id));
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    public Response delete(@PathParam("id") long id) {
        em.remove(BaseEntity.require(em, BarcodeScanResult.class, id));
        return Response.noContent().build();
    }

    /** The scans the list's filters select, with their users read by the page's own statement. */
    private ListQuery<BarcodeScanResult> filtered(String ordering) {
        QueryFilters filters = QueryFilters.of(uri);
        ListQuery<BarcodeScanResult> query = ListQuery.of(em, BarcodeScanResult.class).including("user")
                .search(filters.search(), "data").orderBy(ordering, ORDERING, "-timestamp");
        filters.id("user").ifPresent(id -> query.filter((builder, root) -> builder.equal(root.get("user").get("id"), id)));
        filters.bool("result").ifPresent(result -> query.filter((builder, root) -> builder.equal(root.get("result"), result)));
        return query;
    }
}
