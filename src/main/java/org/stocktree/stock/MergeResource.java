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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stocktree.common.attachments.AttachmentFiles;
import org.stocktree.common.tags.Tags;
import org.stocktree.platform.persistence.IdSequences;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.UserDirectory;

/**
 * Merging stock items of one part into the first named: it takes their quantities and moves to the
 * location, they are deleted (their history stays). Items are locked in id order first
 * ({@link Adjustment}), so a merge and a concurrent removal or transfer of the same items wait for
 * each other; whichever comes second sees what the first left.
 */
@Path("stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class MergeResource {

    static final Form MERGE = Form.of("Stock Merge", "Merges two or more stock items of one part into the first.", null,
            FormField.of("items", FormField.Type.ANY).required().help("Stock items to merge: item"),
            FormField.related("location", StockLocation.class, LocationRows.MODEL, "/api/stock/location/").required()
                    .help("Destination stock location"),
            FormField.text("notes", 512).blank().help("Stock merging notes"),
            FormField.bool("allow_mismatched_suppliers").label("Allow mismatched suppliers")
                    .help("Allow stock items with different supplier parts to be merged"),
            FormField.bool("allow_mismatched_status").label("Allow mismatched status")
                    .help("Allow stock items with different status codes to be merged"));

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

    /** "Merged stock items" on the first item, with its new quantity and location. */
    @POST
    @Path("merge")
    @RequiresRole("stock")
    @Submits("MERGE")
    public Response merge(JsonNode body) {
        FormValues values = MERGE.read(body, Form.Mode.CREATE, em);
        StockLocation location = values.entity("location", StockLocation.class, null);
        AdjustmentResource.checkDestination(location);
        Adjustment adjustment = Adjustment.readItems(body, em);
        StockItemTotals.readFor(em, adjustment.lines().stream().map(line -> line.item().getId()).toList());
        for (Adjustment.Line line : adjustment.lines()) {
            String refusal = line.item().mergeRefusal();
            if (refusal != null) {
                adjustment.refuse(line, "item", refusal);
            }
        }
        adjustment.check();
        List<StockItem> items = adjustment.lines().stream().map(Adjustment.Line::item).toList();
        if (items.size() < 2) {
            throw FieldErrors.general("At least two stock items must be provided");
        }
        StockItem base = items.get(0);
        boolean mismatchedSuppliers = Boolean.TRUE.equals(values.bool("allow_mismatched_suppliers", false));
        boolean mismatchedStatus = Boolean.TRUE.equals(values.bool("allow_mismatched_status", false));
        Set<Long> seen = new HashSet<>();
        List<StockItem> others = new ArrayList<>();
        for (StockItem item : items) {
            if (!seen.add(item.getId())) {
                throw FieldErrors.general("Duplicate stock items");
            }
            if (item != base) {
                String refusal = item.mergeRefusal(base, mismatchedSuppliers, mismatchedStatus);
                if (refusal != null) {
                    throw FieldErrors.general(refusal);
                }
                others.add(item);
            }
        }
        History history = History.inBulk(em, users.caller(security), sequences);
        mergeInto(base, others, location, history, values.text("notes", null));
        history.write();
        new StockItemRemoval(em, tags, files).remove(others.stream().map(StockItem::getId).toList());
        return AdjustmentResource.created(body);
    }

    /**
     * {@code base} takes in the stock of {@code others} at {@code location} ("Merged stock items"
     * on it, with its new quantity). The caller has checked that they may merge and deletes the
     * others.
     */
    static void mergeInto(StockItem base, List<StockItem> others, StockLocation location, History history,
            String notes) {
        base.absorb(others, location);
        Map<String, Object> deltas = new LinkedHashMap<>();
        deltas.put("location", location.getId());
        deltas.put("quantity", AdjustmentResource.number(base.getQuantity()));
        history.record(base, StockHistoryCode.MERGED_STOCK_ITEMS, notes, deltas);
    }
}
