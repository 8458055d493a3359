package org.stocktree.stock;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stocktree.common.attachments.AttachmentFiles;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.common.tags.Tags;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/stock/{id}/serialize/}, splitting units of an item off as serialized items, and
 * {@code /api/stock/{id}/serial-numbers/}, the serialized items before and after this one.
 */
@Path("stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class SerializationResource {

    static final Form SERIALIZE = Form.of("Serialize Stock Item",
            "Splits units of a stock item off into single items with serial numbers.", null,
            FormField.integer("quantity").required().min(0).help("Enter number of stock items to serialize"),
            FormField.text("serial_numbers", 5000).required().label("Serial Numbers")
                    .help("Enter serial numbers for new items"),
            FormField.related("destination", StockLocation.class, LocationRows.MODEL, "/api/stock/location/")
                    .required().label("Location").help("Destination stock location"),
            FormField.text("notes", 512).blank().help("Optional note field"));

    /** The schema's {@code StockItemSerialNumbers}: the neighbours by serial number, or null. */
    public record Neighbours(StockRow previous, StockRow next) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    GlobalSettings settings;

    @Inject
    Tags tags;

    @Inject
    AttachmentFiles files;

    @Inject
    UserDirectory users;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    /**
     * Splits {@code quantity} units off this item, one new item per serial at {@code destination}
     * ("Split from parent item" and "Assigned serial number" on each, "Serialized stock items" on
     * this one). Answers the new items.
     */
    @POST
    @Path("{id: [0-9]+}/serialize")
    @RequiresRole("stock")
    @Submits("SERIALIZE")
    public Response serialize(@PathParam("id") long id, JsonNode body) {
        StockRules rules = StockRules.of(settings);
        StockItem item = BaseEntity.require(em, StockItem.class, id);
        FormValues values = SERIALIZE.read(body, Form.Mode.CREATE, em);
        long quantity = values.integer("quantity", 0L);
        StockLocation destination = values.entity("destination", StockLocation.class, null);
        String notes = values.text("notes", null);
        ItemLocks.lock(em, item);
        item.checkSerializable(quantity);
        List<String> serials = serials(values.text("serial_numbers", ""), quantity, item, rules);
        History history = new History(em, users.caller(security));
        List<StockItem> created = new ArrayList<>();
        for (String serial : serials) {
            StockItem unit = item.splitSerialized(serial, destination, rules);
            em.persist(unit);
            history.record(unit, StockHistoryCode.SPLIT_FROM_PARENT, notes,
                    History.deltas("location", destination.getId(), "quantity", 1.0));
            history.record(unit, StockHistoryCode.ASSIGNED_SERIAL, notes,
                    History.deltas("serial", serial, "location", destination.getId()));
            created.add(unit);
        }
        history.record(item, StockHistoryCode.STOCK_SERIZALIZED, notes,
                History.deltas("removed", (double) quantity, "quantity", item.getQuantity().stripTrailingZeros().doubleValue()));
        SerialScope.flush(em, "serial_numbers");
        if (item.getQuantity().signum() == 0 && item.isDeleteOnDeplete() && item.installedItems() == 0) {
            new StockItemRemoval(em, tags, files).remove(List.of(item.getId()));
            created.forEach(em::refresh);
        }
        return Response.status(Response.Status.CREATED).entity(rows(rules).of(created)).build();
    }

    /** The serials the expression names, none of them in use where the part's serials must be unique. */
    private List<String> serials(String expression, long quantity, StockItem item, StockRules rules) {
        Set<String> inUse = rules.serialsInUse(em, item.getPart());
        List<String> serials;
        try {
            serials = new SerialNumbers(inUse::contains, rules.latestSerial(em, item.getPart()))
                    .parse(expression, quantity);
        } catch (SerialNumbers.Invalid invalid) {
            throw FieldErrors.of(Map.of("serial_numbers", invalid.messages()));
        }
        List<String> conflicts = serials.stream().filter(inUse::contains).toList();
        if (!conflicts.isEmpty()) {
            throw FieldErrors.of("serial_numbers", "Serial numbers already exist: " + String.join(",", conflicts));
        }
        return serials;
    }

    /**
     * The serialized items of the part's variant tree with the next lower and the next
     * higher serial number, by the serial's number; null where there is none, and both null for
     * an item without serial.
     */
    @GET
    @Path("{id: [0-9]+}/serial-numbers")
    @RequiresRole(value = "stock", alsoGrantedBy = "build")
    public Neighbours serialNumbers(@PathParam("id") long id) {
        StockItem item = BaseEntity.require(em, StockItem.class, id);
        if (!item.isSerialized()) {
            return new Neighbours(null, null);
        }
        StockRules rules = StockRules.of(settings);
        StockItem previous = neighbour(item, "<", "desc");
        StockItem next = neighbour(item, ">", "asc");
        StockRows rows = rows(rules);
        return new Neighbours(previous == null ? null : rows.of(List.of(previous)).get(0),
                next == null ? null : rows.of(List.of(next)).get(0));
    }

    private StockItem neighbour(StockItem item, String comparison, String direction) {
        return em.createQuery("select i from StockItem i where i.serial is not null and i.part.treeId = :tree "
                        + "and i.serialInt " + comparison + " :number order by i.serialInt " + direction + ", i.id "
                        + direction, StockItem.class)
                .setParameter("tree", item.getPart().getTreeId())
                .setParameter("number", item.getSerialInt()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private StockRows rows(StockRules rules) {
        return new StockRows(em, tags, rules, StockRows.Details.of(QueryFilters.of(uri)),
                settings.text("STOCK_LOCATION_DEFAULT_ICON"));
    }
}
