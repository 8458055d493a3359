package org.stocktree.stock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stocktree.common.attachments.AttachmentFiles;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.common.tags.Tags;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.persistence.SearchTerms;
import org.stocktree.platform.persistence.SubtreeSizes;
import org.stocktree.platform.rest.BulkRequest;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.JsonMapping;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.Owner;

/**
 * {@code /api/stock/location/}: the location tree. Callers need the {@code stock_location} role
 * (or {@code build}, whose rule set covers locations in InvenTree too).
 */
@Path("stock/location")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class LocationResource {

    static final Form FORM = Form.of("Stock Location", "Places stock is kept, in a tree.", LocationRows.MODEL,
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.readOnly("barcode_hash", FormField.Type.STRING).help("Unique hash of barcode data"),
            FormField.text("name", 100).required().help("Name"),
            FormField.readOnly("level", FormField.Type.INTEGER),
            FormField.text("description", 250).blank().help("Description (optional)"),
            FormField.related("parent", StockLocation.class, LocationRows.MODEL, "/api/stock/location/").nullable()
                    .label("Parent Location").help("Parent stock location"),
            FormField.readOnly("pathstring", FormField.Type.STRING).label("Path"),
            FormField.readOnly("items", FormField.Type.INTEGER).label("Stock Items"),
            FormField.readOnly("sublocations", FormField.Type.INTEGER),
            FormField.related("owner", Owner.class, "owner", "/api/user/owner/").nullable().help("Select Owner"),
            FormField.readOnly("icon", FormField.Type.STRING),
            FormField.text("custom_icon", 100).blank().nullable().label("Icon").help("Icon (optional)"),
            FormField.bool("structural").defaultValue(false)
                    .help("Stock items may not be directly located into a structural stock locations, "
                            + "but may be located to child locations."),
            FormField.bool("external").defaultValue(false).help("This is an external stock location"),
            FormField.related("location_type", StockLocationType.class, "stocklocationtype",
                    "/api/stock/location-type/").nullable().help("Stock location type of this location"),
            FormField.strings("tags"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Tags tags;

    @Inject
    AttachmentFiles files;

    @Inject
    GlobalSettings settings;

    @Context
    UriInfo uri;

    @GET
    @RequiresRole(value = "stock_location", alsoGrantedBy = "build")
    public Object list() {
        return list(uri);
    }

    /**
     * The list answer to {@code request}'s query parameters; {@code /api/search/} asks it with
     * parameters of its own.
     */
    public Object list(UriInfo request) {
        String ordering = request.getQueryParameters().getFirst("ordering");
        ListQuery<StockLocation> query = ListQuery.of(em, StockLocation.class).including("totals")
                .orderBy(ordering, LocationFilters.ORDERING, "tree_id,lft,name");
        SearchTerms terms = QueryFilters.of(request).search();
        if (!terms.isEmpty()) {
            Map<String, List<Long>> tagged = tags.objectsTagged(LocationRows.MODEL, terms);
            query.filter((builder, root) -> terms.matchAll(builder, root,
                    List.of(root.get("name"), root.get("description"), root.get("pathstring")), tagged));
        }
        LocationFilters.apply(query, request, em, tags);
        return Page.ofAll(request, query, page -> rows().of(page));
    }

    /**
     * The whole tree for a tree view: every location with its parent, level and number of
     * sub-locations, ordered by level and name.
     */
    @GET
    @Path("tree")
    @RequiresRole(value = "stock_location", alsoGrantedBy = "build")
    public Object tree(@QueryParam("ordering") String ordering) {
        ListQuery<StockLocation> query = ListQuery.of(em, StockLocation.class)
                .search(QueryFilters.of(uri).search(), "name", "description")
                .orderBy(treeOrdering(ordering), Map.of("level", "level", "name", "name",
                        "subcategories", "totals.sublocations"), "level,name");
        QueryFilters filters = QueryFilters.of(uri);
        filters.id("parent").ifPresent(id -> query.filter((builder, root) -> builder.equal(root.get("parent").get("id"), id)));
        filters.id("tree_id").ifPresent(id -> query.filter((builder, root) -> builder.equal(root.get("treeId"), id)));
        filters.id("level").ifPresent(level -> query.filter((builder, root) ->
                builder.equal(root.get("level"), level.intValue())));
        LocationFilters.number(filters, "max_level").ifPresent(level -> query.filter((builder, root) ->
                builder.le(root.get("level"), level)));
        LocationRows rows = rows();
        return Page.ofAll(uri, query, page -> {
            List<Long> typeIds = page.stream().map(StockLocation::locationTypeId).filter(java.util.Objects::nonNull)
                    .distinct().toList();
            Map<Long, StockLocationType> types = new java.util.HashMap<>();
            if (!typeIds.isEmpty()) {
                em.createQuery("select t from StockLocationType t where t.id in :ids", StockLocationType.class)
                        .setParameter("ids", typeIds).getResultList().forEach(type -> types.put(type.getId(), type));
            }
            SubtreeSizes sizes = SubtreeSizes.of(em, StockLocation.class, page.stream().map(StockLocation::treePath).toList());
            return page.stream().map(location -> new TreeRow(location.getId(), location.getName(),
                    location.getDescription(), location.getPathstring(), location.parentId(), location.getTreeId(),
                    location.getLevel(), rows.icon(location.getCustomIcon(), types.get(location.locationTypeId())),
                    location.isStructural(), sizes.below(location.treePath()))).toList();
        });
    }

    /** As InvenTree's tree view: sorting by level sorts by name within it, and by name, by level next. */
    private static String treeOrdering(String ordering) {
        if (ordering == null) {
            return null;
        }
        String first = ordering.split(",")[0].strip();
        return switch (first) {
            case "level", "-level" -> first + ",name";
            case "name", "-name" -> first + ",level";
            default -> ordering;
        };
    }

    /** A location as the tree view shows it. */
    record TreeRow(long pk, String name, String description, String pathstring, Long parent,
            @com.fasterxml.jackson.annotation.JsonProperty("tree_id") long treeId, int level, String icon,
            boolean structural, long sublocations) {
    }

    @POST
    @RequiresRole(value = "stock_location", alsoGrantedBy = "build")
    @Submits
    public Response create(JsonNode body) {
        List<String> tagNames = tagsOf(body);
        FormValues values = FORM.read(withoutTags(body), Form.Mode.CREATE, em);
        StockLocation location = new StockLocation(values.text("name", null));
        location.apply(values, em);
        location.persistInto(em);
        if (tagNames != null) {
            tags.set(LocationRows.MODEL, location.getId(), tagNames);
        }
        return Response.status(Response.Status.CREATED).entity(row(location)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "stock_location", alsoGrantedBy = "build")
    public LocationRow detail(@PathParam("id") long id) {
        return row(find(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "stock_location", alsoGrantedBy = "build")
    @Submits
    public LocationRow replace(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "stock_location", alsoGrantedBy = "build")
    @Submits
    public LocationRow update(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.PARTIAL);
    }

    /**
     * Deletes a location. Its stock items and sub-locations move to its parent, unless the body
     * (or query) asks {@code delete_stock_items} / {@code delete_sub_locations}, as InvenTree does.
     */
    @DELETE
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.WILDCARD) // clients send the options as JSON, or no body at all
    @RequiresRole(value = "stock_location", alsoGrantedBy = "build")
    public Response delete(@PathParam("id") long id, String text) {
        StockLocation location = find(id);
        JsonNode body = null;
        if (text != null && !text.isBlank()) {
            try {
                body = JsonMapping.mapper().readTree(text);
            } catch (java.io.IOException notJson) {
                throw FieldErrors.general("JSON parse error");
            }
        }
        new LocationRemoval(em, tags, files, location).run(option(body, "delete_stock_items"),
                option(body, "delete_sub_locations"));
        return Response.noContent().build();
    }

    /** Changes many locations at once ({@code {"items": [...], "parent": 3}} or with {@code filters}). */
    @PATCH
    @RequiresRole(value = "stock_location", alsoGrantedBy = "build")
    @Submits
    public Map<String, String> updateSelected(JsonNode body, @QueryParam("all") String all) {
        return updateMany(body, all);
    }

    @PUT
    @RequiresRole(value = "stock_location", alsoGrantedBy = "build")
    @Submits
    public Map<String, String> replaceSelected(JsonNode body, @QueryParam("all") String all) {
        return updateMany(body, all);
    }

    private Map<String, String> updateMany(JsonNode body, String all) {
        BulkRequest.Update request = BulkRequest.update(body);
        List<StockLocation> selected = request.selection()
                .select(ListQuery.of(em, StockLocation.class), LocationFilters.BULK_FIELDS, all).fetch(null, 0);
        for (StockLocation location : selected) {
            update(location, request.changes(), Form.Mode.PARTIAL);
        }
        return Map.of("success", "Updated " + selected.size() + " items");
    }

    private LocationRow update(StockLocation location, JsonNode body, Form.Mode mode) {
        List<String> tagNames = tagsOf(body);
        FormValues values = FORM.read(withoutTags(body), mode, em);
        location.apply(values, em);
        if (tagNames != null) {
            tags.set(LocationRows.MODEL, location.getId(), tagNames);
        }
        return row(location);
    }

    private boolean option(JsonNode body, String name) {
        if (body != null && body.has(name)) {
            return truthy(body.get(name));
        }
        String query = uri.getQueryParameters().getFirst(name);
        return query != null && truthy(TextNode.valueOf(query));
    }

    /** An option flag as InvenTree reads it (str2bool). */
    static boolean truthy(JsonNode value) {
        return value != null && List.of("true", "1", "yes", "y", "on", "t")
                .contains(value.asText().strip().toLowerCase(Locale.ROOT));
    }

    /** The tag names sent ({@code null} when none were), read as InvenTree reads them. */
    static List<String> tagsOf(JsonNode body) {
        return body != null && body.isObject() && body.has("tags") ? Tags.read(body.get("tags")) : null;
    }

    /** The body without its tags, which the tag service reads rather than the form. */
    static JsonNode withoutTags(JsonNode body) {
        if (body != null && body.isObject() && body.has("tags")) {
            return ((ObjectNode) body.deepCopy()).without("tags");
        }
        return body;
    }

    private LocationRow row(StockLocation location) {
        return rows().of(List.of(location)).get(0);
    }

    private LocationRows rows() {
        return new LocationRows(em, tags, QueryFilters.of(uri).bool("path_detail").orElse(false),
                settings.text("STOCK_LOCATION_DEFAULT_ICON"));
    }

    private StockLocation find(long id) {
        return BaseEntity.require(em, StockLocation.class, id);
    }
}
