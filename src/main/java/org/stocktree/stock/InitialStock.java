package org.stocktree.stock;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.part.Part;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.users.User;

/**
 * A new part's first stock ({@code initial_stock} of a part's creation): one item of the quantity
 * in the location given, else in the part's default location, created with its history in the
 * part's own transaction.
 */
@ApplicationScoped
public class InitialStock {

    /** What {@code initial_stock} holds. */
    public static final Form FORM = Form.of("Initial Stock", "Stock to create with a new part.", null,
            FormField.of("quantity", FormField.Type.DECIMAL).required().min(0).help("Enter initial stock quantity"),
            FormField.related("location", StockLocation.class, LocationRows.MODEL, "/api/stock/location/").nullable()
                    .help("Specify initial stock location for this Part"));

    @PersistenceContext
    EntityManager em;

    @Inject
    GlobalSettings settings;

    /**
     * Checks what a client sent as {@code initial_stock}, before anything is written; errors are
     * reported on {@code initial_stock}, each naming its field.
     */
    public FormValues read(JsonNode sent) {
        try {
            return FORM.read(sent, Form.Mode.CREATE, em);
        } catch (FieldErrors invalid) {
            List<String> messages = new ArrayList<>();
            invalid.errors().forEach((field, problems) -> problems.forEach(problem ->
                    messages.add(FieldErrors.NON_FIELD_ERRORS.equals(field) ? problem : field + ": " + problem)));
            throw FieldErrors.of(Map.of("initial_stock", messages));
        }
    }

    /** Creates the stock for the stored part; a quantity of 0 creates nothing, as in InvenTree. */
    public void create(Part part, FormValues values, User user) {
        BigDecimal quantity = values.decimal("quantity", BigDecimal.ZERO);
        if (quantity.signum() <= 0) {
            return;
        }
        StockLocation location = values.entity("location", StockLocation.class, null);
        if (location == null && part.getDefaultLocation() != null) {
            location = em.find(StockLocation.class, part.getDefaultLocation());
        }
        if (location != null && location.isStructural()) {
            throw FieldErrors.of("initial_stock", "location: Stock items cannot be located into structural stock "
                    + "locations!");
        }
        StockItem item = new StockItem(part);
        item.place(quantity, location, StockRules.of(settings).deleteDepletedDefault());
        em.persist(item);
        Map<String, Object> deltas = new LinkedHashMap<>();
        deltas.put("status", item.getStatus());
        deltas.put("quantity", quantity.stripTrailingZeros().doubleValue());
        if (location != null) {
            deltas.put("location", location.getId());
        }
        new History(em, user).record(item, StockHistoryCode.CREATED, null, deltas);
    }
}
