package org.stocktree.stock;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.common.attachments.AttachmentFiles;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.common.tags.Tags;
import org.stocktree.platform.persistence.IdSequences;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.User;
import org.stocktree.users.UserDirectory;

/**
 * The stock adjustments: count, add, remove and transfer, each over a list of items in one
 * transaction (all or nothing), each changed item getting one tracking entry with InvenTree's
 * code and deltas. Items are locked in id order ({@link Adjustment}) before anything is checked.
 * Callers need the {@code stock} role's add permission, as InvenTree's adjustment views ask.
 */
@Path("stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class AdjustmentResource {

    private static final FormField ITEMS = FormField.of("items", FormField.Type.ANY).required()
            .help("Stock items: pk and quantity, optionally batch, status and packaging");
    private static final FormField NOTES = FormField.text("notes", 512).blank().help("Stock transaction notes");

    static final Form COUNT = Form.of("Stock Count", "Counts stock items.", null, ITEMS, NOTES,
            FormField.related("location", StockLocation.class, LocationRows.MODEL, "/api/stock/location/").nullable()
                    .help("Set stock location for counted items (optional)"));
    static final Form ADD = Form.of("Stock Add", "Adds stock to stock items.", null, ITEMS, NOTES);
    static final Form REMOVE = Form.of("Stock Remove", "Removes stock from stock items.", null, ITEMS, NOTES);
    static final Form TRANSFER = Form.of("Stock Transfer", "Moves stock items, splitting off partial quantities.", null,
            ITEMS, NOTES, FormField.related("location", StockLocation.class, LocationRows.MODEL, "/api/stock/location/")
                    .required().help("Destination stock location"));

    @PersistenceContext
    EntityManager em;

    @Inject
    UserDirectory users;

    @Inject
    Tags tags;

    @Inject
    GlobalSettings settings;

    @Inject
    IdSequences sequences;

    @Inject
    AttachmentFiles files;

    @Context
    SecurityContext security;

    /** Stocktake: each item's quantity becomes the counted one ("Stock counted"). */
    @POST
    @Path("count")
    @RequiresRole("stock")
    @Submits("COUNT")
    public Response count(JsonNode body) {
        FormValues values = COUNT.read(body, Form.Mode.CREATE, em);
        StockLocation location = values.entity("location", StockLocation.class, null);
        checkDestination(location);
        User user = caller();
        History history = History.inBulk(em, user, sequences);
        Adjustment adjustment = Adjustment.read(body, em, inStockRequirement(), false);
        for (Adjustment.Line line : adjustment.lines()) {
            StockItem item = line.item();
            if (item.isSerialized() && line.quantity().compareTo(BigDecimal.ONE) > 0) {
                adjustment.refuse(line, "quantity", "Quantity must be 1 for item with a serial number");
                continue;
            }
            Map<String, Object> deltas = item.adjust(line);
            item.count(line.quantity(), user);
            deltas.put("quantity", number(item.getQuantity()));
            if (location != null && !location.equals(item.getLocation())) {
                item.moveTo(location);
                deltas.put("location", location.getId());
            }
            history.record(item, StockHistoryCode.STOCK_COUNT, values.text("notes", null), deltas);
        }
        adjustment.check();
        history.write();
        return created(body);
    }

    /** Adds to each item ("Stock manually added"); a quantity of 0 changes nothing. */
    @POST
    @Path("add")
    @RequiresRole("stock")
    @Submits("ADD")
    public Response add(JsonNode body) {
        FormValues values = ADD.read(body, Form.Mode.CREATE, em);
        History history = History.inBulk(em, caller(), sequences);
        Adjustment adjustment = Adjustment.read(body, em, inStockRequirement(), false);
        for (Adjustment.Line line : adjustment.lines()) {
            StockItem item = line.item();
            if (line.quantity().signum() == 0) {
                continue;
            }
            if (item.isSerialized()) {
                adjustment.refuse(line, "quantity", "Stock cannot be added to a serialized item");
                continue;
            }
            Map<String, Object> deltas = item.adjust(line);
            item.add(line.quantity());
            deltas.put("added", number(line.quantity()));
            deltas.put("quantity", number(item.getQuantity()));
            history.record(item, StockHistoryCode.STOCK_ADD, values.text("notes", null), deltas);
        }
        adjustment.check();
        history.write();
        return created(body);
    }

    /**
     * Removes from each item ("Stock manually removed"), never more than it holds; an item that
     * runs out and is to be deleted when depleted is deleted (its history stays).
     */
    @POST
    @Path("remove")
    @RequiresRole("stock")
    @Submits("REMOVE")
    public Response remove(JsonNode body) {
        FormValues values = REMOVE.read(body, Form.Mode.CREATE, em);
        History history = History.inBulk(em, caller(), sequences);
        List<StockItem> emptied = new java.util.ArrayList<>();
        Adjustment adjustment = Adjustment.read(body, em, inStockRequirement(), false);
        for (Adjustment.Line line : adjustment.lines()) {
            StockItem item = line.item();
            if (line.quantity().signum() == 0) {
                continue;
            }
            if (!available(adjustment, line)) {
                continue;
            }
            if (item.isSerialized() && line.quantity().compareTo(item.getQuantity()) != 0) {
                adjustment.refuse(line, "quantity", "Quantity must be 1 for item with a serial number");
                continue;
            }
            Map<String, Object> deltas = item.adjust(line);
            item.take(line.quantity());
            deltas.put("removed", number(line.quantity()));
            deltas.put("quantity", number(item.getQuantity()));
            history.record(item, StockHistoryCode.STOCK_REMOVE, values.text("notes", null), deltas);
            if (item.getQuantity().signum() == 0 && item.isDeleteOnDeplete() && item.getSalesOrder() == null) {
                emptied.add(item);
            }
        }
        adjustment.check();
        history.write();
        new StockItemRemoval(em, tags, files).remove(depleted(emptied));
        return created(body);
    }

    /** The emptied items to delete: those holding no installed items (their counts read together). */
    private List<Long> depleted(List<StockItem> emptied) {
        if (emptied.isEmpty()) {
            return List.of();
        }
        StockItemTotals.readFor(em, emptied.stream().map(StockItem::getId).toList());
        return emptied.stream().filter(item -> item.installedItems() == 0).map(StockItem::getId).toList();
    }

    /**
     * Moves each item to the location ("Location changed"); a partial quantity is split off into a
     * new item there ("Split from parent item" on it, "Split child item" on the original). Each
     * line must move something, as InvenTree's transfer asks. A line sent with {@code merge} then
     * joins the oldest compatible item at the location ({@link MergeTargets}).
     */
    @POST
    @Path("transfer")
    @RequiresRole("stock")
    @Submits("TRANSFER")
    public Response transfer(JsonNode body) {
        FormValues values = TRANSFER.read(body, Form.Mode.CREATE, em);
        StockLocation destination = values.entity("location", StockLocation.class, null);
        checkDestination(destination);
        String notes = values.text("notes", null);
        History history = History.inBulk(em, caller(), sequences);
        MergeTargets targets = new MergeTargets(em, destination);
        Adjustment adjustment = Adjustment.read(body, em, inStockRequirement(), true, targets, false);
        for (Adjustment.Line line : adjustment.lines()) {
            StockItem item = line.item();
            if (targets.isMergedAway(item)) {
                adjustment.refuse(line, "pk", "Stock item has been merged into another item");
                continue;
            }
            if (!available(adjustment, line)) {
                continue;
            }
            if (line.quantity().compareTo(item.getQuantity()) < 0 && item.isSerialized()) {
                adjustment.refuse(line, "quantity", "Quantity must be 1 for item with a serial number");
                continue;
            }
            Map<String, Object> deltas = item.adjust(line);
            StockItem moved = item;
            if (line.quantity().compareTo(item.getQuantity()) < 0) {
                StockItem child = item.split(line.quantity(), destination);
                moved = child;
                em.persist(child);
                Map<String, Object> childDeltas = new LinkedHashMap<>(deltas);
                childDeltas.put("stockitem", item.getId());
                childDeltas.put("location", destination.getId());
                childDeltas.put("quantity", number(child.getQuantity()));
                history.record(child, StockHistoryCode.SPLIT_FROM_PARENT, notes, childDeltas);
                deltas.put("stockitem", child.getId());
                deltas.put("quantity", number(item.getQuantity()));
                history.record(item, StockHistoryCode.SPLIT_CHILD_ITEM, notes, deltas);
            } else {
                boolean elsewhere = !destination.equals(item.getLocation());
                item.moveTo(destination);
                deltas.put("location", destination.getId());
                history.record(item, elsewhere ? StockHistoryCode.STOCK_MOVE : StockHistoryCode.STOCK_UPDATE, notes,
                        deltas);
            }
            if (line.merge()) {
                targets.merge(moved, history, notes);
            } else {
                targets.arrived(moved);
            }
        }
        adjustment.check();
        history.write();
        targets.removeMerged(new StockItemRemoval(em, tags, files));
        return created(body);
    }

    /**
     * Items sent to a customer, installed or in production are not adjusted, unless the setting
     * STOCK_ALLOW_OUT_OF_STOCK_TRANSFER allows it.
     */
    private Adjustment.Requirement inStockRequirement() {
        return settings.bool("STOCK_ALLOW_OUT_OF_STOCK_TRANSFER") ? Adjustment.Requirement.ANY
                : Adjustment.Requirement.IN_STOCK;
    }

    /** Refuses a line asking for more than its item holds. */
    static boolean available(Adjustment adjustment, Adjustment.Line line) {
        BigDecimal held = line.item().getQuantity();
        if (line.quantity().compareTo(held) > 0) {
            adjustment.refuse(line, "quantity", "Quantity must not exceed available stock quantity ("
                    + held.stripTrailingZeros().toPlainString() + ")");
            return false;
        }
        return true;
    }

    static void checkDestination(StockLocation location) {
        if (location != null && location.isStructural()) {
            throw FieldErrors.of("location", "Stock items cannot be located into structural stock locations!");
        }
    }

    /** A quantity as InvenTree's deltas hold it: a number, without trailing zeros. */
    static Object number(BigDecimal quantity) {
        return quantity.stripTrailingZeros().doubleValue();
    }

    /**
     * InvenTree answers an adjustment with the request it carried out, its quantities written as
     * DRF writes decimals ({@code "8.00000"}).
     */
    static Response created(JsonNode body) {
        com.fasterxml.jackson.databind.node.ObjectNode answer = body.deepCopy();
        for (JsonNode line : answer.withArray("items")) {
            if (line.isObject() && line.hasNonNull("quantity")) {
                BigDecimal quantity = new BigDecimal(line.get("quantity").asText().strip());
                ((com.fasterxml.jackson.databind.node.ObjectNode) line).put("quantity",
                        quantity.setScale(5, java.math.RoundingMode.HALF_UP).toPlainString());
            }
        }
        return Response.status(Response.Status.CREATED).entity(answer).build();
    }

    private User caller() {
        return users.caller(security);
    }
}
