package org.stocktree.stock;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stocktree.common.attachments.AttachmentFiles;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.common.tags.Tags;
import org.stocktree.company.Company;
import org.stocktree.company.SupplierPart;
import org.stocktree.part.Boms;
import org.stocktree.part.Part;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.persistence.SearchTerms;
import org.stocktree.platform.rest.BulkRequest;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.Owner;
import org.stocktree.users.User;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/stock/}: stock items. Callers need the {@code stock} role (or {@code build}, whose
 * rule set covers stock items in InvenTree too). Every change writes the item's history in the
 * same transaction.
 */
@Path("stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class StockResource {

    static final Form FORM = Form.of("Stock Item", "A quantity of one part in one place.", StockItemRemoval.MODEL,
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.related("part", Part.class, "part", "/api/part/").required().label("Base Part")
                    .help("Base part"),
            FormField.of("quantity", FormField.Type.FLOAT).required().min(0).help("Stock Quantity"),
            FormField.text("serial", 100).blank().nullable().label("Serial Number")
                    .help("Serial number for this item"),
            FormField.text("batch", 100).blank().nullable().label("Batch Code").help("Batch code for this stock item"),
            FormField.related("location", StockLocation.class, LocationRows.MODEL, "/api/stock/location/").nullable()
                    .label("Stock Location").help("Where is this stock item located?"),
            FormField.related("belongs_to", StockItem.class, StockItemRemoval.MODEL, "/api/stock/").nullable()
                    .label("Installed In").help("Is this item installed in another item?"),
            FormField.integer("build").nullable().label("Source Build").help("Build for this stock item"),
            FormField.integer("consumed_by").nullable().label("Consumed By")
                    .help("Build order which consumed this stock item"),
            FormField.related("customer", Company.class, "company", "/api/company/").nullable().help("Customer"),
            FormField.bool("delete_on_deplete").label("Delete on deplete")
                    .help("Delete this Stock Item when stock is depleted"),
            FormField.of("expiry_date", FormField.Type.DATE).nullable().label("Expiry Date")
                    .help("Expiry date for stock item. Stock will be considered expired after this date"),
            FormField.bool("is_building").defaultValue(false).label("In production"),
            FormField.of("link", FormField.Type.URL).blank().nullable().label("External Link")
                    .help("Link to external URL"),
            FormField.text("notes", 50000).blank().nullable().help("Markdown notes (optional)"),
            FormField.related("owner", Owner.class, "owner", "/api/user/owner/").nullable()
                    .help("Select Owner"),
            FormField.text("packaging", 50).blank().nullable().help("Packaging this stock item is stored in"),
            FormField.integer("purchase_order").nullable().label("Source Purchase Order")
                    .help("Purchase order for this stock item"),
            FormField.integer("sales_order").nullable().label("Destination Sales Order"),
            FormField.integer("status").min(0).defaultValue(StockStatus.OK.value()).help("Stock item status code"),
            FormField.related("supplier_part", SupplierPart.class, "supplierpart", "/api/company/part/").nullable()
                    .label("Supplier Part")
                    .help("Select a matching supplier part for this stock item"),
            FormField.of("purchase_price", FormField.Type.DECIMAL).nullable()
                    .help("Purchase price of this stock item, per unit or pack"),
            FormField.text("purchase_price_currency", 3).blank().label("Currency")
                    .help("Purchase currency of this stock item"),
            FormField.bool("use_pack_size").nullable()
                    .help("Use pack size when adding: the quantity defined is the number of packs"),
            FormField.text("serial_numbers", 5000).blank().nullable().label("Serial Numbers")
                    .help("Enter serial numbers for new items"),
            FormField.strings("tags"),
            FormField.readOnly("in_stock", FormField.Type.BOOLEAN),
            FormField.readOnly("barcode_hash", FormField.Type.STRING),
            FormField.readOnly("parent", FormField.Type.INTEGER).label("Parent Item"),
            FormField.readOnly("updated", FormField.Type.DATETIME),
            FormField.readOnly("stocktake_date", FormField.Type.DATE));

    @PersistenceContext
    EntityManager em;

    @Inject
    Tags tags;

    @Inject
    AttachmentFiles files;

    @Inject
    GlobalSettings settings;

    @Inject
    UserDirectory users;

    @Inject
    Boms boms;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @RequiresRole(value = "stock", alsoGrantedBy = "build")
    public Object list() {
        return list(uri);
    }

    /**
     * The list answer to {@code request}'s query parameters; {@code /api/search/} asks it with
     * parameters of its own.
     */
    public Object list(UriInfo request) {
        String ordering = request.getQueryParameters().getFirst("ordering");
        StockRules rules = StockRules.of(settings);
        ListQuery<StockItem> query = ListQuery.of(em, StockItem.class).including("part", "location", "totals")
                .orderBy(ordering, StockFilters.ORDERING, "part__name,quantity,location");
        StockFilters.apply(query, request, em, tags, rules, boms);
        SearchTerms terms = QueryFilters.of(request).search();
        if (!terms.isEmpty()) {
            query.filterWith(StockFilters.search(terms, tags));
        }
        return Page.ofAll(request, query, page -> rows(rules).of(page));
    }

    /**
     * Creates stock: one item, or with {@code serial_numbers} one item of quantity 1 per serial.
     * Answers the list of created items (InvenTree's answer since API version 383).
     */
    @POST
    @RequiresRole(value = "stock", alsoGrantedBy = "build")
    @Submits
    public Response create(JsonNode body) {
        StockRules rules = StockRules.of(settings);
        List<String> tagNames = LocationResource.tagsOf(body);
        FormValues values = FORM.read(LocationResource.withoutTags(body), Form.Mode.CREATE, em);
        Part part = values.entity("part", Part.class, null);
        StockStatuses.Resolved status = StockStatuses.resolve(em, values.integer("status", (long) StockStatus.OK.value()),
                "status");
        List<String> serials = serials(values, part, rules);
        StockItem template = new StockItem(part);
        template.apply(values, status, rules, em);
        History history = new History(em, caller());
        List<StockItem> created = new ArrayList<>();
        for (String serial : serials == null ? java.util.Collections.<String>singletonList(null) : serials) {
            StockItem item = serial == null ? template : template.copy();
            if (serial != null) {
                item.serialize(serial, rules);
            }
            em.persist(item);
            history.record(item, StockHistoryCode.CREATED, null, creationDeltas(item));
            if (tagNames != null) {
                tags.set(StockItemRemoval.MODEL, item.getId(), tagNames);
            }
            created.add(item);
        }
        SerialScope.flush(em, serials == null ? "serial" : "serial_numbers");
        return Response.status(Response.Status.CREATED).entity(rows(rules).of(created)).build();
    }

    /** The serials to create, or null for one item without serial-number expression. */
    private List<String> serials(FormValues values, Part part, StockRules rules) {
        String expression = values.text("serial_numbers", null);
        if (expression == null || expression.isBlank()) {
            return null;
        }
        if (!part.isTrackable()) {
            throw FieldErrors.of("serial_numbers", "Serial numbers cannot be supplied for a non-trackable part");
        }
        BigDecimal quantity = values.decimal("quantity", BigDecimal.ONE);
        if (quantity.stripTrailingZeros().scale() > 0) {
            throw FieldErrors.of("quantity", "Quantity must be a whole number when serial numbers are given");
        }
        Set<String> inUse = rules.serialsInUse(em, part);
        List<String> serials;
        try {
            serials = new SerialNumbers(inUse::contains, rules.latestSerial(em, part))
                    .parse(expression, quantity.longValueExact());
        } catch (SerialNumbers.Invalid invalid) {
            throw FieldErrors.of(Map.of("serial_numbers", invalid.messages()));
        } catch (ArithmeticException tooLarge) {
            throw FieldErrors.of("quantity", "Invalid quantity provided");
        }
        List<String> conflicts = serials.stream().filter(inUse::contains).toList();
        if (!conflicts.isEmpty()) {
            throw FieldErrors.of("serial_numbers", "The following serial numbers already exist or are invalid : "
                    + String.join(",", conflicts));
        }
        return serials;
    }

    private static Map<String, Object> creationDeltas(StockItem item) {
        Map<String, Object> deltas = new LinkedHashMap<>();
        deltas.put("status", item.getStatus());
        deltas.put("quantity", item.getQuantity().stripTrailingZeros().doubleValue());
        if (item.locationId() != null) {
            deltas.put("location", item.locationId());
        }
        if (item.getSerial() != null) {
            deltas.put("serial", item.getSerial());
        }
        return deltas;
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "stock", alsoGrantedBy = "build")
    public StockRow detail(@PathParam("id") long id) {
        return row(find(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "stock", alsoGrantedBy = "build")
    @Submits
    public StockRow replace(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "stock", alsoGrantedBy = "build")
    @Submits
    public StockRow update(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.PARTIAL);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "stock", alsoGrantedBy = "build")
    public Response delete(@PathParam("id") long id) {
        new StockItemRemoval(em, tags, files).remove(List.of(find(id).getId()));
        return Response.noContent().build();
    }

    /** Deletes the selected items ({@code {"items": [...]}} or {@code filters}), all or none. */
    @DELETE
    @RequiresRole(value = "stock", alsoGrantedBy = "build")
    public Map<String, String> deleteSelected(BulkRequest request, @QueryParam("all") String all) {
        BulkRequest selection = request == null ? new BulkRequest(null, null) : request;
        List<Long> ids = selection.select(ListQuery.of(em, StockItem.class), StockFilters.BULK_FIELDS, all)
                .fetch(null, 0).stream().map(StockItem::getId).toList();
        new StockItemRemoval(em, tags, files).remove(ids);
        return Map.of("success", "Deleted " + ids.size() + " items");
    }

    /** Changes many items at once ({@code {"items": [...], "status": 50}} or with {@code filters}). */
    @PATCH
    @RequiresRole(value = "stock", alsoGrantedBy = "build")
    @Submits
    public Map<String, String> updateSelected(JsonNode body, @QueryParam("all") String all) {
        return updateMany(body, all);
    }

    @PUT
    @RequiresRole(value = "stock", alsoGrantedBy = "build")
    @Submits
    public Map<String, String> replaceSelected(JsonNode body, @QueryParam("all") String all) {
        return updateMany(body, all);
    }

    private Map<String, String> updateMany(JsonNode body, String all) {
        BulkRequest.Update request = BulkRequest.update(body);
        List<StockItem> selected = request.selection()
                .select(ListQuery.of(em, StockItem.class), StockFilters.BULK_FIELDS, all).fetch(null, 0);
        for (StockItem item : selected) {
            update(item, request.changes(), Form.Mode.PARTIAL);
        }
        return Map.of("success", "Updated " + selected.size() + " items");
    }

    /**
     * Edits an item; the part and the serial-number expression are creation-only and ignored here.
     * What changed is recorded as one "Edited stock item" entry.
     */
    private StockRow update(StockItem item, JsonNode body, Form.Mode mode) {
        StockRules rules = StockRules.of(settings);
        List<String> tagNames = LocationResource.tagsOf(body);
        JsonNode editable = LocationResource.withoutTags(body);
        if (editable != null && editable.isObject()) {
            editable = ((com.fasterxml.jackson.databind.node.ObjectNode) editable.deepCopy())
                    .without(List.of("part", "serial_numbers"));
        }
        FormValues values = FORM.read(editable, mode == Form.Mode.REPLACE ? Form.Mode.PARTIAL : mode, em);
        if (mode == Form.Mode.REPLACE && !values.has("quantity")) {
            throw FieldErrors.of("quantity", "This field is required.");
        }
        StockStatuses.Resolved status = values.has("status")
                ? StockStatuses.resolve(em, values.integer("status", null), "status") : null;
        Map<String, Object> deltas = item.apply(values, status, rules, em);
        if (!deltas.isEmpty()) {
            new History(em, caller()).record(item, StockHistoryCode.EDITED, null, deltas);
        }
        if (tagNames != null) {
            tags.set(StockItemRemoval.MODEL, item.getId(), tagNames);
        }
        SerialScope.flush(em, "serial");
        return row(item);
    }

    private User caller() {
        return users.caller(security);
    }

    private StockRow row(StockItem item) {
        return rows(StockRules.of(settings)).of(List.of(item)).get(0);
    }

    private StockRows rows(StockRules rules) {
        return new StockRows(em, tags, rules, StockRows.Details.of(QueryFilters.of(uri)),
                settings.text("STOCK_LOCATION_DEFAULT_ICON"));
    }

    private StockItem find(long id) {
        return BaseEntity.require(em, StockItem.class, id);
    }
}
