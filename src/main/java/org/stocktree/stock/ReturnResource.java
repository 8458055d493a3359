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
import java.util.LinkedHashMap;
import java.util.Map;
import org.stocktree.common.attachments.AttachmentFiles;
import org.stocktree.common.tags.Tags;
import org.stocktree.platform.persistence.IdSequences;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.UserDirectory;

/**
 * Returning items that are not in stock (sent to a customer, installed, shipped) into a location,
 * all of each item or part of it, optionally merged into stock already there. Items are locked in
 * id order first ({@link Adjustment}).
 */
@Path("stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ReturnResource {

    static final Form RETURN = Form.of("Stock Return", "Returns stock items into stock.", null,
            FormField.of("items", FormField.Type.ANY).required()
                    .help("Stock items: pk and quantity, optionally batch, status and packaging"),
            FormField.text("notes", 512).blank().help("Stock transaction notes"),
            FormField.related("location", StockLocation.class, LocationRows.MODEL, "/api/stock/location/").required()
                    .help("Destination stock location"),
            FormField.bool("merge").defaultValue(false).label("Merge into existing stock")
                    .help("Merge returned items into existing stock items if possible"));

    @PersistenceContext
    EntityManager em;

    @Inject
    UserDirectory users;

    @Inject
    IdSequences sequences;

    @Inject
    Tags tags;

    @Inject
    AttachmentFiles files;

    @Context
    SecurityContext security;

    /**
     * "Returned from customer" on each returned item, with the location and the customer it
     * came from; a partial quantity is split off first and returned alone.
     */
    @POST
    @Path("return")
    @RequiresRole("stock")
    @Submits("RETURN")
    public Response returnToStock(JsonNode body) {
        FormValues values = RETURN.read(body, Form.Mode.CREATE, em);
        StockLocation location = values.entity("location", StockLocation.class, null);
        AdjustmentResource.checkDestination(location);
        boolean merge = Boolean.TRUE.equals(values.bool("merge", false));
        String notes = values.text("notes", null);
        History history = History.inBulk(em, users.caller(security), sequences);
        MergeTargets targets = new MergeTargets(em, location);
        Adjustment adjustment = Adjustment.read(body, em, Adjustment.Requirement.NOT_IN_STOCK, true,
                merge ? targets : null, true);
        for (Adjustment.Line line : adjustment.lines()) {
            StockItem item = line.item();
            if (targets.isMergedAway(item)) {
                adjustment.refuse(line, "pk", "Stock item has been merged into another item");
                continue;
            }
            if (!AdjustmentResource.available(adjustment, line)) {
                continue;
            }
            boolean partial = line.quantity().compareTo(item.getQuantity()) < 0;
            if (partial && item.isSerialized()) {
                adjustment.refuse(line, "quantity", "Quantity must be 1 for item with a serial number");
                continue;
            }
            StockItem returned = partial ? splitOff(item, line, location, history, notes) : item;
            Long customer = returned.getCustomer();
            Map<String, Object> deltas = returned.adjust(line);
            returned.returnTo(location);
            deltas.put("location", location.getId());
            if (customer != null) {
                deltas.put("customer", customer);
            }
            history.record(returned, StockHistoryCode.RETURNED_FROM_CUSTOMER, notes, deltas);
            if (merge) {
                targets.merge(returned, history, notes);
            }
        }
        adjustment.check();
        history.write();
        targets.removeMerged(new StockItemRemoval(em, tags, files));
        return AdjustmentResource.created(body);
    }

    /** The returned part of an item, split off as a new item ("Split from parent item"). */
    private StockItem splitOff(StockItem item, Adjustment.Line line, StockLocation location, History history,
            String notes) {
        StockItem child = item.split(line.quantity(), location);
        em.persist(child);
        Map<String, Object> childDeltas = new LinkedHashMap<>();
        childDeltas.put("stockitem", item.getId());
        childDeltas.put("location", location.getId());
        childDeltas.put("quantity", AdjustmentResource.number(child.getQuantity()));
        history.record(child, StockHistoryCode.SPLIT_FROM_PARENT, notes, childDeltas);
        Map<String, Object> deltas = new LinkedHashMap<>();
        deltas.put("stockitem", child.getId());
        deltas.put("quantity", AdjustmentResource.number(item.getQuantity()));
        history.record(item, StockHistoryCode.SPLIT_CHILD_ITEM, notes, deltas);
        return child;
    }
}
