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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.platform.persistence.IdSequences;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.UserDirectory;

/**
 * Setting the status of many items at once ({@code {"items": [5, 6], "status": 55, "note": "..."}}):
 * each item whose status changes gets "Edited stock item" with the status sent; items already in
 * that status are left alone. Custom states are accepted as everywhere else. The items are locked
 * in id order, as the adjustments lock them.
 */
@Path("stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class StatusChangeResource {

    static final Form CHANGE_STATUS = Form.of("Stock Change Status", "Changes the status of stock items.", null,
            FormField.ids("items").required().label("Stock Items").help("Select stock items to change status"),
            FormField.integer("status").min(0).defaultValue(StockStatus.OK.value()).label("Status")
                    .help("Stock item status code"),
            FormField.text("note", 512).blank().label("Notes").help("Add transaction note (optional)"));

    @PersistenceContext
    EntityManager em;

    @Inject
    UserDirectory users;

    @Inject
    IdSequences sequences;

    @Context
    SecurityContext security;

    @POST
    @Path("change_status")
    @RequiresRole("stock")
    @Submits("CHANGE_STATUS")
    public Response changeStatus(JsonNode body) {
        FormValues values = CHANGE_STATUS.read(body, Form.Mode.CREATE, em);
        List<Long> ids = new ArrayList<>();
        body.get("items").forEach(id -> ids.add(Long.parseLong(id.asText().strip())));
        if (ids.isEmpty()) {
            throw FieldErrors.of("items", "No stock items selected");
        }
        Map<Long, StockItem> locked = ItemLocks.byId(em, ids);
        for (Long id : ids) {
            if (!locked.containsKey(id)) {
                throw FieldErrors.of("items", "Invalid pk \"" + id + "\" - object does not exist.");
            }
        }
        long sent = values.integer("status", (long) StockStatus.OK.value());
        StockStatuses.Resolved status = StockStatuses.resolve(em, sent, "status");
        // InvenTree's serializer calls the field "note"; "notes", as the other adjustments name it, is read too
        String note = values.text("note", body.hasNonNull("notes") ? body.get("notes").asText() : null);
        if (note != null && note.length() > 512) {
            throw FieldErrors.of("notes", "Ensure this field has no more than 512 characters.");
        }
        History history = History.inBulk(em, users.caller(security), sequences);
        for (StockItem item : locked.values()) {
            if (item.changeStatus(status)) {
                Map<String, Object> deltas = new LinkedHashMap<>();
                deltas.put("status", sent);
                history.record(item, StockHistoryCode.EDITED, note, deltas);
            }
        }
        history.write();
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
