package org.stocktree.stock;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stocktree.common.StatusCode;
import org.stocktree.common.StatusResource;
import org.stocktree.part.Part;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;

/**
 * {@code /api/stock/track/}: the history of stock items, newest first, read-only
 * ({@code stock} role); and the status classes items and entries use.
 */
@Path("stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class TrackingResource {

    /** A tracking entry as the API shows it. */
    record TrackingRow(long pk, Long item, @JsonInclude(JsonInclude.Include.NON_NULL)
            @JsonProperty("item_detail") ItemBrief itemDetail, Long part, OffsetDateTime date,
            Map<String, Object> deltas, String label, String notes, @JsonProperty("tracking_type") int trackingType,
            Long user, @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("user_detail") UserBrief userDetail) {
    }

    /** The item an entry is about, as {@code item_detail} shows it. */
    record ItemBrief(long pk, long part, double quantity, String serial, String batch, Long location, int status) {
    }

    /** The user who made a change, as {@code user_detail} shows it. */
    record UserBrief(long pk, String username, @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName, String email) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    StatusResource statuses;

    @Context
    UriInfo uri;

    @GET
    @Path("track")
    @RequiresRole("stock")
    public Object list(@QueryParam("ordering") String ordering) {
        QueryFilters filters = QueryFilters.of(uri);
        ListQuery<StockItemTracking> query = ListQuery.of(em, StockItemTracking.class)
                .search(QueryFilters.of(uri).search(), "notes")
                .orderBy(ordering, Map.of("date", "date"), "-date");
        filters.id("item").ifPresent(id -> query.filter((builder, root) -> builder.equal(root.get("item").get("id"), id)));
        filters.id("user").ifPresent(id -> query.filter((builder, root) -> builder.equal(root.get("user").get("id"), id)));
        filters.id("part").ifPresent(id -> {
            Part part = em.find(Part.class, id);
            if (part == null) {
                throw FieldErrors.of("part", "Select a valid choice. That choice is not one of the available choices.");
            }
            if (filters.bool("include_variants").orElse(false)) {
                String pattern = part.treePath().subtreePattern();
                query.filter((builder, root) -> builder.like(root.get("part").get("treePath"), pattern));
            } else {
                query.filter((builder, root) -> builder.equal(root.get("part").get("id"), id));
            }
        });
        date(filters, "min_date").ifPresent(date -> query.filter((builder, root) ->
                builder.greaterThanOrEqualTo(root.get("date"), date.atStartOfDay().atOffset(ZoneOffset.UTC))));
        date(filters, "max_date").ifPresent(date -> query.filter((builder, root) ->
                builder.lessThan(root.get("date"), date.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))));
        return Page.ofAll(uri, query, this::rows);
    }

    @GET
    @Path("track/{id: [0-9]+}")
    @RequiresRole("stock")
    public TrackingRow detail(@PathParam("id") long id) {
        return rows(List.of(BaseEntity.require(em, StockItemTracking.class, id))).get(0);
    }

    @GET
    @Path("track/status")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object trackingStatus() {
        return statuses.one(StockHistoryCode.class.getSimpleName());
    }

    @GET
    @Path("status")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object stockStatus() {
        return statuses.one(StockStatus.class.getSimpleName());
    }

    /** Rows of a page, the details asked for read in one statement each. */
    private List<TrackingRow> rows(List<StockItemTracking> entries) {
        QueryFilters filters = QueryFilters.of(uri);
        boolean itemDetail = filters.bool("item_detail").orElse(false);
        boolean userDetail = filters.bool("user_detail").orElse(false);
        Map<Long, ItemBrief> items = new HashMap<>();
        List<Long> itemIds = entries.stream().map(StockItemTracking::itemId).filter(Objects::nonNull).distinct().toList();
        if (itemDetail && !itemIds.isEmpty()) {
            em.createQuery("select i from StockItem i where i.id in :ids", StockItem.class).setParameter("ids", itemIds)
                    .getResultList().forEach(item -> items.put(item.getId(), new ItemBrief(item.getId(), item.partId(),
                            item.getQuantity().doubleValue(), item.getSerial(), item.getBatch(), item.locationId(),
                            item.getStatus())));
        }
        Map<Long, UserBrief> users = new HashMap<>();
        List<Long> userIds = entries.stream().map(StockItemTracking::userId).filter(Objects::nonNull).distinct().toList();
        if (userDetail && !userIds.isEmpty()) {
            em.createQuery("select u.id, u.username, u.firstName, u.lastName, u.email from User u where u.id in :ids",
                    Object[].class).setParameter("ids", userIds).getResultList()
                    .forEach(found -> users.put((Long) found[0], new UserBrief((Long) found[0], (String) found[1],
                            (String) found[2], (String) found[3], (String) found[4])));
        }
        return entries.stream().map(entry -> new TrackingRow(entry.getId(), entry.itemId(),
                itemDetail ? items.get(entry.itemId()) : null, entry.partId(), entry.getDate(), entry.getDeltas(),
                StatusCode.of(StockHistoryCode.class, entry.getTrackingType()).map(StockHistoryCode::label).orElse(""),
                entry.getNotes(), entry.getTrackingType(), entry.userId(),
                userDetail ? users.get(entry.userId()) : null)).toList();
    }

    private static java.util.Optional<LocalDate> date(QueryFilters filters, String name) {
        return filters.text(name).map(text -> {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException malformed) {
                throw FieldErrors.of(name, "Enter a valid date.");
            }
        });
    }
}
