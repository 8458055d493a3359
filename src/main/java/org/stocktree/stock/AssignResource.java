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
import java.util.List;
import java.util.Map;
import org.stocktree.company.Company;
import org.stocktree.part.Part;
import org.stocktree.platform.persistence.IdSequences;
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

    @Inject
    IdSequences sequences;

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
        List<StockItem> items = lockedItems(body);
        String notes = values.text("notes", null);
        History history = History.inBulk(em, users.caller(security), sequences);
        for (StockItem item : items) {
            item.sendTo(customer);
            Map<String, Object> deltas = new LinkedHashMap<>();
            deltas.put("customer", customer.getId());
            deltas.put("customer_name", customer.getName());
            history.record(item, StockHistoryCode.SENT_TO_CUSTOMER, notes, deltas);
        }
        history.write();
        return Response.status(Response.Status.CREATED).entity(body).build();
    }

    /**
     * The named items, locked in id order and checked as InvenTree checks each line: the item must
     * be in stock and of a salable part. Bad lines answer in the per-line shape
     * ({@code {"items": [{}, {"item": [...]}]}}). Nothing allocates stock to orders yet, so no item
     * is refused for being allocated.
     */
    private List<StockItem> lockedItems(JsonNode body) {
        Adjustment adjustment = Adjustment.readItems(body, em);
        // the items' parts, read together for the salable check rather than one by one
        em.createQuery("select p from Part p where p.id in (select i.part.id from StockItem i where i.id in :ids)",
                Part.class).setParameter("ids", adjustment.lines().stream().map(line -> line.item().getId()).toList())
                .getResultList();
        for (Adjustment.Line line : adjustment.lines()) {
            if (!line.item().inStock()) {
                adjustment.refuse(line, "item", "Item must be in stock");
            } else if (!line.item().getPart().isSalable()) {
                adjustment.refuse(line, "item", "Part must be salable");
            }
        }
        adjustment.check();
        return adjustment.lines().stream().map(Adjustment.Line::item).distinct().toList();
    }
}
