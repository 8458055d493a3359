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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.part.Boms;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/stock/{id}/install/} and {@code uninstall/}: putting a stock item inside an
 * assembled item and taking it out again. Both items are locked in id order and both get a
 * tracking entry. Callers need the {@code stock} role's add permission, as InvenTree's views ask.
 */
@Path("stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class InstallationResource {

    static final Form INSTALL = Form.of("Install Stock Item", "Installs a stock item into this one.", null,
            FormField.related("stock_item", StockItem.class, StockItemRemoval.MODEL, "/api/stock/").required()
                    .label("Stock Item").help("Select stock item to install"),
            FormField.integer("quantity").min(1).defaultValue(1).label("Quantity to Install")
                    .help("Enter the quantity of items to install"),
            FormField.text("note", 512).blank().label("Note").help("Add transaction note (optional)"));

    static final Form UNINSTALL = Form.of("Uninstall Stock Item", "Takes this item out of the item it is installed in.",
            null,
            FormField.related("location", StockLocation.class, LocationRows.MODEL, "/api/stock/location/").required()
                    .label("Location").help("Destination location for uninstalled item"),
            FormField.text("note", 512).blank().label("Notes").help("Add transaction note (optional)"));

    @PersistenceContext
    EntityManager em;

    @Inject
    GlobalSettings settings;

    @Inject
    Boms boms;

    @Inject
    UserDirectory users;

    @Context
    SecurityContext security;

    /**
     * Installs {@code stock_item} into this item ("Installed into assembly" on it, "Installed
     * component item" on this one). Part of a larger quantity is split off first and installed.
     */
    @POST
    @Path("{id: [0-9]+}/install")
    @RequiresRole("stock")
    @Submits("INSTALL")
    public Response install(@PathParam("id") long id, JsonNode body) {
        StockItem assembly = BaseEntity.require(em, StockItem.class, id);
        FormValues values = INSTALL.read(body, Form.Mode.CREATE, em);
        StockItem component = values.entity("stock_item", StockItem.class, null);
        long quantity = values.integer("quantity", 1L);
        String note = values.text("note", null);
        ItemLocks.lock(em, assembly, component);
        Set<Long> partsInBom = settings.bool("STOCK_ENFORCE_BOM_INSTALLATION")
                ? boms.partsInBom(assembly.getPart()) : null;
        BigDecimal taken = BigDecimal.valueOf(quantity);
        assembly.checkInstallable(component, taken, partsInBom);
        History history = new History(em, users.caller(security));
        StockItem installed = component;
        if (taken.compareTo(component.getQuantity()) < 0) {
            installed = component.split(taken, component.getLocation());
            em.persist(installed);
            history.record(installed, StockHistoryCode.SPLIT_FROM_PARENT, note,
                    History.deltas("stockitem", component.getId(), "quantity", number(taken)));
            history.record(component, StockHistoryCode.SPLIT_CHILD_ITEM, note,
                    History.deltas("stockitem", installed.getId(), "quantity", number(component.getQuantity())));
        }
        installed.installInto(assembly);
        history.record(installed, StockHistoryCode.INSTALLED_INTO_ASSEMBLY, note, History.deltas("stockitem", assembly.getId()));
        history.record(assembly, StockHistoryCode.INSTALLED_CHILD_ITEM, note, History.deltas("stockitem", installed.getId()));
        em.flush();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("stock_item", component.getId());
        answer.put("quantity", quantity);
        answer.put("note", note == null ? "" : note);
        return Response.status(Response.Status.CREATED).entity(answer).build();
    }

    /**
     * Takes this item out of the item it is installed in, into {@code location} ("Removed from
     * assembly" on it, "Removed component item" on the assembly).
     */
    @POST
    @Path("{id: [0-9]+}/uninstall")
    @RequiresRole("stock")
    @Submits("UNINSTALL")
    public Response uninstall(@PathParam("id") long id, JsonNode body) {
        StockItem item = BaseEntity.require(em, StockItem.class, id);
        FormValues values = UNINSTALL.read(body, Form.Mode.CREATE, em);
        StockLocation location = values.entity("location", StockLocation.class, null);
        String note = values.text("note", null);
        ItemLocks.lock(em, item, item.getBelongsTo() == null ? null
                : em.find(StockItem.class, item.getBelongsTo().getId()));
        StockItem assembly = item.uninstallTo(location);
        History history = new History(em, users.caller(security));
        history.record(assembly, StockHistoryCode.REMOVED_CHILD_ITEM, note, History.deltas("stockitem", item.getId()));
        history.record(item, StockHistoryCode.REMOVED_FROM_ASSEMBLY, note,
                History.deltas("stockitem", assembly.getId(), "location", location.getId()));
        em.flush();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("location", location.getId());
        answer.put("note", note == null ? "" : note);
        return Response.status(Response.Status.CREATED).entity(answer).build();
    }

    /** A quantity as InvenTree's deltas hold it: a number, without trailing zeros. */
    private static Object number(BigDecimal quantity) {
        return quantity.stripTrailingZeros().doubleValue();
    }
}
