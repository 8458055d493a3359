package org.stocktree.stock;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import java.util.TreeSet;
import org.stocktree.company.Company;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.UserDirectory;

/**
 * {@code POST /api/stock/assign/}: sends whole stock items to a customer ("Sent to customer"),
 * all or none. Items are locked in id order before they are checked, so an item another request
 * is adjusting or assigning is seen as it is after that request.
 */
@Path("stock/assign")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class AssignResource {

    static final Form FORM = Form.of("Stock Assignment", "Assigns stock items to a customer.", null,
            FormField.of("items", FormField.Type.ANY).required().help("Stock items: item"),
            FormField.related("customer", Company.class, "company", "/api/company/").required()
                    .help("Customer to assign stock items"),
            FormField.text("notes", 512).blank().help("Stock assignment notes"));

    @PersistenceContext
    EntityManager em;

    @Inject
    UserDirectory users;

    @Context
    SecurityContext security;

    @POST
    @RequiresRole("stock")
    @Submits
    public Response assign(JsonNode body) {
        FormValues values = FORM.read(body, Form.Mode.CREATE, em);
        Company customer = values.entity("customer", Company.class, null);
        if (!customer.isCustomer()) {
            throw FieldErrors.of("customer", "Selected company is not a customer");
        }
        List<StockItem> items = lockedItems(body.get("items"));
        String notes = values.text("notes", null);
        History history = new History(em, users.caller(security));
        for (StockItem item : items) {
            item.sendTo(customer);
            Map<String, Object> deltas = new LinkedHashMap<>();
            deltas.put("customer", customer.getId());
            deltas.put("customer_name", customer.getName());
            history.record(item, StockHistoryCode.SENT_TO_CUSTOMER, notes, deltas);
        }
        return Response.status(Response.Status.CREATED).entity(body).build();
    }

    /**
     * The named items, locked in id order and checked as InvenTree checks them: each must be in
     * stock and of a salable part. Nothing allocates stock to orders yet, so no item is refused
     * for being allocated.
     */
    private List<StockItem> lockedItems(JsonNode lines) {
        if (!lines.isArray()) {
            throw FieldErrors.of("items", "Expected a list of items but got type \"" + (lines.isTextual() ? "str" : "dict")
                    + "\".");
        }
        if (lines.isEmpty()) {
            throw FieldErrors.general("A list of stock items must be provided");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode line : lines) {
            JsonNode item = line.isObject() ? line.get("item") : null;
            if (item == null || item.isNull()) {
                throw FieldErrors.of("item", "This field is required.");
            }
            if (!(item.isIntegralNumber() || item.isTextual() && item.asText().strip().matches("[0-9]{1,18}"))) {
                throw FieldErrors.of("item", "Incorrect type. Expected pk value, received "
                        + (item.isTextual() ? "str" : "dict") + ".");
            }
            ids.add(Long.parseLong(item.asText().strip()));
        }
        Map<Long, StockItem> locked = new LinkedHashMap<>();
        for (Long id : new TreeSet<>(ids)) {
            StockItem item = em.find(StockItem.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (item == null) {
                throw FieldErrors.of("item", "Invalid pk \"" + id + "\" - object does not exist.");
            }
            if (!item.inStock()) {
                throw FieldErrors.of("item", "Item must be in stock");
            }
            if (!item.getPart().isSalable()) {
                throw FieldErrors.of("item", "Part must be salable");
            }
            locked.put(id, item);
        }
        return new ArrayList<>(locked.values());
    }
}
