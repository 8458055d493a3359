package org.stocktree.part;

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
import java.util.List;
import java.util.Map;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
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
import org.stocktree.users.User;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/part/category/}: the category tree. Callers need the {@code part_category} role
 * (or {@code build}, whose rule set covers categories in InvenTree too).
 */
@Path("part/category")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class CategoryResource {

    static final Form FORM = Form.of("Part Category", "Categories that parts are sorted into, in a tree.",
            "partcategory",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.text("name", 100).required().help("Name"),
            FormField.text("description", 250).blank().help("Description (optional)"),
            FormField.related("parent", PartCategory.class, "partcategory", "/api/part/category/").nullable()
                    .label("Parent Category").help("Parent part category"),
            FormField.related("default_location", org.stocktree.stock.StockLocation.class, "stocklocation",
                    "/api/stock/location/").nullable().label("Default Location")
                    .help("Default location for parts in this category"),
            FormField.text("default_keywords", 250).blank().nullable().label("Default keywords")
                    .help("Default keywords for parts in this category"),
            FormField.bool("structural").defaultValue(false).label("Structural")
                    .help("Parts may not be directly assigned to a structural category, "
                            + "but may be assigned to child categories."),
            FormField.text("icon", 100).blank().nullable().label("Icon").help("Icon (optional)"),
            FormField.readOnly("level", FormField.Type.INTEGER),
            FormField.readOnly("pathstring", FormField.Type.STRING).label("Path"),
            FormField.readOnly("part_count", FormField.Type.INTEGER).label("Parts"),
            FormField.readOnly("subcategories", FormField.Type.INTEGER),
            FormField.readOnly("starred", FormField.Type.BOOLEAN).help("Are you subscribed to this category?"));

    /** The orderings clients may ask for, and the attributes they sort by. */
    private static final Map<String, String> ORDERING = Map.of("name", "name", "pathstring", "pathstring",
            "level", "level", "tree_id", "treeId", "lft", "pathstring", "part_count", "totals.partCount");

    /** Fields a bulk update may select categories by ({@code filters}). */
    private static final Map<String, String> BULK_FIELDS = Map.of("parent", "parent.id", "structural", "structural",
            "name", "name");

    @PersistenceContext
    EntityManager em;

    @Inject
    UserDirectory users;

    @Inject
    PartRemoval partRemoval;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @RequiresRole(value = "part_category", alsoGrantedBy = "build")
    public Object list() {
        return list(uri);
    }

    /**
     * The list answer to {@code request}'s query parameters; {@code /api/search/} asks it with
     * parameters of its own.
     */
    public Object list(UriInfo request) {
        String ordering = request.getQueryParameters().getFirst("ordering");
        Stars stars = new Stars(em, users.caller(security).getId());
        ListQuery<PartCategory> query = ListQuery.of(em, PartCategory.class).including("totals")
                .search(QueryFilters.of(request).search(), "name", "description", "pathstring")
                .orderBy(ordering, ORDERING, "tree_id,lft,name");
        CategoryFilters.apply(query, request, em, stars);
        return Page.ofAll(request, query, page -> rows(stars).of(page));
    }

    /**
     * The whole tree for a tree view: every category with its parent, level and number of
     * sub-categories, top levels first.
     */
    @GET
    @Path("tree")
    @RequiresRole(value = "part_category", alsoGrantedBy = "build")
    public Object tree(@QueryParam("ordering") String ordering) {
        ListQuery<PartCategory> query = ListQuery.of(em, PartCategory.class)
                .search(QueryFilters.of(uri).search(), "name", "description")
                .orderBy(treeOrdering(ordering), Map.of("level", "level", "name", "name",
                        "subcategories", "totals.subcategories"), "level,name");
        QueryFilters filters = QueryFilters.of(uri);
        filters.id("parent").ifPresent(id -> query.filter((builder, root) -> builder.equal(root.get("parent").get("id"), id)));
        filters.id("tree_id").ifPresent(id -> query.filter((builder, root) -> builder.equal(root.get("treeId"), id)));
        filters.id("level").ifPresent(level -> query.filter((builder, root) -> builder.equal(root.get("level"), level.intValue())));
        CategoryFilters.number(filters, "max_level").ifPresent(level -> query.filter((builder, root) ->
                builder.le(root.get("level"), level)));
        return Page.ofAll(uri, query, page -> {
            SubtreeSizes sizes = SubtreeSizes.of(em, PartCategory.class, page.stream().map(PartCategory::treePath).toList());
            return page.stream().map(category -> new TreeRow(category.getId(), category.getName(),
                    category.getDescription(), category.getPathstring(), category.parentId(), category.getTreeId(),
                    category.getLevel(), category.getIcon() == null ? "" : category.getIcon(), category.isStructural(),
                    sizes.below(category.treePath()))).toList();
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

    /** A category as the tree view shows it. */
    record TreeRow(long pk, String name, String description, String pathstring, Long parent,
            @com.fasterxml.jackson.annotation.JsonProperty("tree_id") long treeId, int level, String icon,
            boolean structural, long subcategories) {
    }

    @POST
    @RequiresRole(value = "part_category", alsoGrantedBy = "build")
    @Submits
    public Response create(JsonNode body) {
        Stars stars = new Stars(em, users.caller(security).getId());
        FormValues values = FORM.read(body, Form.Mode.CREATE, em);
        PartCategory category = new PartCategory(values.text("name", null));
        category.apply(values, em);
        category.persistInto(em);
        return Response.status(Response.Status.CREATED).entity(row(category, stars)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part_category", alsoGrantedBy = "build")
    public CategoryRow detail(@PathParam("id") long id) {
        return row(find(id), new Stars(em, users.caller(security).getId()));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part_category", alsoGrantedBy = "build")
    @Submits
    public CategoryRow replace(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part_category", alsoGrantedBy = "build")
    @Submits
    public CategoryRow update(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.PARTIAL);
    }

    /**
     * Deletes a category. Its parts and sub-categories move to its parent, unless the body (or
     * query) asks {@code delete_parts} / {@code delete_child_categories}, as InvenTree does.
     */
    @DELETE
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.WILDCARD) // clients send the options as JSON, or no body at all
    @RequiresRole(value = "part_category", alsoGrantedBy = "build")
    public Response delete(@PathParam("id") long id, String text) {
        PartCategory category = find(id);
        JsonNode body = null;
        if (text != null && !text.isBlank()) {
            try {
                body = JsonMapping.mapper().readTree(text);
            } catch (java.io.IOException notJson) {
                throw FieldErrors.general("JSON parse error");
            }
        }
        new CategoryRemoval(em, partRemoval, category).run(option(body, "delete_parts"), option(body, "delete_child_categories"));
        return Response.noContent().build();
    }

    /** Changes many categories at once ({@code {"items": [...], "parent": 3}} or with {@code filters}). */
    @PATCH
    @RequiresRole(value = "part_category", alsoGrantedBy = "build")
    @Submits
    public Map<String, String> updateSelected(JsonNode body, @QueryParam("all") String all) {
        return updateMany(body, all);
    }

    @PUT
    @RequiresRole(value = "part_category", alsoGrantedBy = "build")
    @Submits
    public Map<String, String> replaceSelected(JsonNode body, @QueryParam("all") String all) {
        return updateMany(body, all);
    }

    private Map<String, String> updateMany(JsonNode body, String all) {
        BulkRequest.Update request = BulkRequest.update(body);
        List<PartCategory> selected = request.selection()
                .select(ListQuery.of(em, PartCategory.class), BULK_FIELDS, all).fetch(null, 0);
        for (PartCategory category : selected) {
            update(category, request.changes(), Form.Mode.PARTIAL);
        }
        return Map.of("success", "Updated " + selected.size() + " items");
    }

    private CategoryRow update(PartCategory category, JsonNode body, Form.Mode mode) {
        Stars stars = new Stars(em, users.caller(security).getId());
        FormValues values = FORM.read(body, mode, em);
        category.apply(values, em);
        if (body.has("starred")) {
            stars.set(Stars.Kind.CATEGORY, category.getId(), PartResource.truthy(body.get("starred")));
        }
        return row(category, stars);
    }

    private boolean option(JsonNode body, String name) {
        if (body != null && body.has(name)) {
            return PartResource.truthy(body.get(name));
        }
        String query = uri.getQueryParameters().getFirst(name);
        return query != null && PartResource.truthy(com.fasterxml.jackson.databind.node.TextNode.valueOf(query));
    }

    private CategoryRow row(PartCategory category, Stars stars) {
        return rows(stars).of(List.of(category)).get(0);
    }

    private CategoryRows rows(Stars stars) {
        return new CategoryRows(em, stars, QueryFilters.of(uri).bool("path_detail").orElse(false));
    }

    private PartCategory find(long id) {
        return BaseEntity.require(em, PartCategory.class, id);
    }
}
