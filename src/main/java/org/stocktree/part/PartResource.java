package org.stocktree.part;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
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
import java.util.List;
import java.util.Map;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.common.tags.Tags;
import org.stocktree.common.units.UnitError;
import org.stocktree.common.units.Units;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.BulkRequest;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.stock.InitialStock;
import org.stocktree.users.Owner;
import org.stocktree.users.User;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/part/}: the parts catalogue. Callers need the {@code part} role (or {@code build},
 * whose rule set covers parts in InvenTree too).
 */
@Path("part")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class PartResource {

    /** The model name InvenTree's tags and content types know parts by. */
    static final String MODEL = "part";

    static final Form FORM = Form.of("Part", "Parts: anything stocked, bought, sold or built.", MODEL,
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.text("name", 100).required().help("Part name"),
            FormField.text("IPN", 100).blank().nullable().defaultValue("").help("Internal Part Number"),
            FormField.text("revision", 100).blank().nullable().defaultValue("").help("Part revision or version number"),
            FormField.related("revision_of", Part.class, MODEL, "/api/part/").nullable()
                    .help("Is this part a revision of another part?"),
            FormField.text("description", 250).blank().help("Part description (optional)"),
            FormField.text("keywords", 250).blank().nullable()
                    .help("Part keywords to improve visibility in search results"),
            FormField.related("category", PartCategory.class, "partcategory", "/api/part/category/").nullable()
                    .help("Part category"),
            FormField.text("units", 20).blank().nullable().help("Units of measure for this part"),
            FormField.related("variant_of", Part.class, MODEL, "/api/part/").nullable()
                    .help("Is this part a variant of another part?"),
            FormField.bool("is_template").defaultValue(false).help("Is this part a template part?"),
            FormField.bool("assembly").defaultValue(false).help("Can this part be built from other parts?"),
            FormField.bool("component").defaultValue(true).help("Can this part be used to build other parts?"),
            FormField.bool("trackable").defaultValue(false).help("Does this part have tracking for unique items?"),
            FormField.bool("testable").defaultValue(false).help("Can this part have test results recorded against it?"),
            FormField.bool("purchaseable").defaultValue(true)
                    .help("Can this part be purchased from external suppliers?"),
            FormField.bool("salable").defaultValue(false).help("Can this part be sold to customers?"),
            FormField.bool("virtual").defaultValue(false).help("Is this a virtual part, such as a software product or license?"),
            FormField.bool("consumable").defaultValue(false).help("Is this part consumed when used?"),
            FormField.bool("active").defaultValue(true).help("Is this part active?"),
            FormField.bool("locked").defaultValue(false).help("Locked parts cannot be edited"),
            FormField.of("link", FormField.Type.URL).blank().nullable().help("Link to external URL"),
            FormField.text("notes", 50000).blank().nullable().help("Markdown notes (optional)"),
            FormField.related("creation_user", User.class, "user", "/api/user/").nullable().help("Creation User"),
            FormField.related("responsible", Owner.class, "owner", "/api/user/owner/").nullable()
                    .help("Owner responsible for this part"),
            FormField.related("default_location", org.stocktree.stock.StockLocation.class, "stocklocation",
                    "/api/stock/location/").nullable().help("Where is this item normally stored?"),
            FormField.integer("default_expiry").min(0).defaultValue(0)
                    .help("Expiry time (in days) for stock items of this part"),
            FormField.of("minimum_stock", FormField.Type.FLOAT).min(0).defaultValue(0.0)
                    .help("Minimum allowed stock level"),
            FormField.of("maximum_stock", FormField.Type.FLOAT).min(0).defaultValue(0.0)
                    .help("Maximum allowed stock level"),
            FormField.strings("tags"),
            FormField.of("initial_stock", FormField.Type.OBJECT).help("Create Part with initial stock quantity"),
            FormField.readOnly("starred", FormField.Type.BOOLEAN).help("Are you subscribed to this part?"),
            FormField.readOnly("full_name", FormField.Type.STRING).label("Full name"),
            FormField.readOnly("category_name", FormField.Type.STRING),
            FormField.readOnly("creation_date", FormField.Type.DATE),
            FormField.readOnly("revision_count", FormField.Type.INTEGER).label("Revisions"),
            FormField.readOnly("thumbnail", FormField.Type.STRING),
            FormField.readOnly("in_stock", FormField.Type.FLOAT),
            FormField.readOnly("total_in_stock", FormField.Type.FLOAT).label("Total Stock"),
            FormField.readOnly("unallocated_stock", FormField.Type.FLOAT));

    @PersistenceContext
    EntityManager em;

    @Inject
    Tags tags;

    @Inject
    PartRemoval partRemoval;

    @Inject
    GlobalSettings globalSettings;

    @Inject
    Units units;

    @Inject
    UserDirectory users;

    @Inject
    InitialStock initialStock;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    public Object list(@QueryParam("search") String search, @QueryParam("ordering") String ordering) {
        User caller = users.caller(security);
        ListQuery<Part> query = PartFilters.apply(ListQuery.of(em, Part.class).including("category", "totals", "stock"), uri, em,
                new Stars(em, caller.getId()), tags);
        query.orderBy(ordering, PartFilters.ORDERING, "name");
        if (search != null && !search.isBlank()) {
            query.filter(PartFilters.search(search, tags));
        }
        return Page.ofAll(uri, query, page -> rows(page, caller));
    }

    @POST
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public Response create(JsonNode body) {
        User caller = users.caller(security);
        Part part = new Part(caller);
        List<String> tagNames = tagsOf(body);
        FormValues values = read(body, Form.Mode.CREATE);
        FormValues stock = values.has("initial_stock") && body.get("initial_stock").isObject()
                ? initialStock.read(body.get("initial_stock")) : null;
        part.apply(values, PartSettings.of(globalSettings), em);
        part.persistInto(em);
        if (tagNames != null) {
            tags.set(MODEL, part.getId(), tagNames);
        }
        if (stock != null) {
            initialStock.create(part, stock, caller);
        }
        return Response.status(Response.Status.CREATED).entity(row(part, caller)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    public PartRow detail(@PathParam("id") long id) {
        return row(find(id), users.caller(security));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public PartRow replace(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public PartRow update(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.PARTIAL);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    public Response delete(@PathParam("id") long id) {
        Part part = find(id);
        String refusal = part.refusesDeletion();
        if (refusal != null) {
            throw FieldErrors.general(refusal);
        }
        partRemoval.remove(part);
        return Response.noContent().build();
    }

    /**
     * Changes many parts at once ({@code {"items": [...], "category": 3}} or with {@code filters}),
     * each checked as a single update would be; one refusal changes none.
     */
    @PATCH
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public Map<String, String> updateSelected(JsonNode body, @QueryParam("all") String all) {
        return updateMany(body, all);
    }

    @PUT
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public Map<String, String> replaceSelected(JsonNode body, @QueryParam("all") String all) {
        return updateMany(body, all);
    }

    private Map<String, String> updateMany(JsonNode body, String all) {
        BulkRequest.Update request = BulkRequest.update(body);
        List<Part> selected = request.selection()
                .select(ListQuery.of(em, Part.class), PartFilters.BULK_FIELDS, all).fetch(null, 0);
        for (Part part : selected) {
            update(part, request.changes(), Form.Mode.PARTIAL);
        }
        return Map.of("success", "Updated " + selected.size() + " items");
    }

    private PartRow update(Part part, JsonNode body, Form.Mode mode) {
        User caller = users.caller(security);
        List<String> tagNames = tagsOf(body);
        FormValues values = read(body, mode);
        part.apply(values, PartSettings.of(globalSettings), em);
        if (tagNames != null) {
            tags.set(MODEL, part.getId(), tagNames);
        }
        if (body.has("starred")) {
            new Stars(em, caller.getId()).set(Stars.Kind.PART, part.getId(), truthy(body.get("starred")));
        }
        return row(part, caller);
    }

    /** Reads the body through the form; the units must be ones the unit engine knows. */
    private FormValues read(JsonNode body, Form.Mode mode) {
        JsonNode withoutTags = body;
        if (body != null && body.isObject() && body.has("tags")) {
            withoutTags = ((ObjectNode) body.deepCopy()).without("tags");
        }
        FormValues values = FORM.read(withoutTags, mode, em);
        try {
            units.checkUnit(values.text("units", null));
        } catch (UnitError invalid) {
            throw FieldErrors.of("units", invalid.getMessage());
        }
        return values;
    }

    /** The tag names sent ({@code null} when none were), read as InvenTree reads them. */
    private static List<String> tagsOf(JsonNode body) {
        return body != null && body.isObject() && body.has("tags") ? Tags.read(body.get("tags")) : null;
    }

    private PartRow row(Part part, User caller) {
        return rows(List.of(part), caller).get(0);
    }

    private List<PartRow> rows(List<Part> parts, User caller) {
        boolean categoryDetail = Boolean.TRUE.equals(PartFilters.flag(uri, "category_detail"));
        boolean pathDetail = Boolean.TRUE.equals(PartFilters.flag(uri, "path_detail"));
        boolean locationDetail = Boolean.TRUE.equals(PartFilters.flag(uri, "location_detail"));
        return new PartRows(em, new Stars(em, caller.getId()), tags, categoryDetail, pathDetail, locationDetail)
                .of(parts);
    }

    /** A starred flag as InvenTree reads it (str2bool): true, "true", "1", "yes", ... */
    static boolean truthy(JsonNode value) {
        return value != null && List.of("true", "1", "yes", "y", "on", "t")
                .contains(value.asText().strip().toLowerCase(java.util.Locale.ROOT));
    }

    private Part find(long id) {
        return BaseEntity.require(em, Part.class, id);
    }
}
