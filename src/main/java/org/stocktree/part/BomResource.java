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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.persistence.SearchTerms;
import org.stocktree.platform.rest.BulkRequest;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/bom/}: the lines of bills of materials. Callers need the {@code bom} role (or
 * {@code build}, whose rule set covers BOM lines in InvenTree too).
 */
@Path("bom")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class BomResource {

    static final String MODEL = "bomitem";

    static final Form FORM = Form.of("BOM Item", "One line of a bill of materials: a component and how much of it "
                    + "one assembly needs.", MODEL,
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.related("part", Part.class, PartResource.MODEL, "/api/part/").required().label("Assembly")
                    .help("Select the parent assembly"),
            FormField.related("sub_part", Part.class, PartResource.MODEL, "/api/part/").required().label("Component")
                    .help("Select the component part"),
            FormField.text("reference", 5000).blank().help("BOM item reference"),
            FormField.text("raw_amount", 25).label("Amount")
                    .help("Amount required for this item (can include units)"),
            FormField.of("quantity", FormField.Type.FLOAT).help("BOM quantity for this BOM item"),
            FormField.integer("piece_count").min(1).max(Integer.MAX_VALUE).defaultValue(1)
                    .help("Number of pieces required (for cut-to-length items). Total material = quantity x piece_count."),
            FormField.bool("allow_variants").defaultValue(false)
                    .help("Stock items for variant parts can be used for this BOM item"),
            FormField.bool("inherited").defaultValue(false).label("Gets inherited")
                    .help("This BOM item is inherited by BOMs for variant parts"),
            FormField.bool("optional").defaultValue(false).help("This BOM item is optional"),
            FormField.bool("consumable").defaultValue(false)
                    .help("This BOM item is consumable (it is not tracked in build orders)"),
            FormField.of("setup_quantity", FormField.Type.FLOAT).min(0)
                    .help("Extra required quantity for a build, to account for setup losses"),
            FormField.of("attrition", FormField.Type.FLOAT).min(0).max(100)
                    .help("Estimated attrition for a build, expressed as a percentage (0-100)"),
            FormField.of("rounding_multiple", FormField.Type.FLOAT).nullable().min(0)
                    .help("Round up required production quantity to nearest multiple of this value"),
            FormField.text("note", 500).blank().help("BOM item notes"),
            // computed from the checksum: a client cannot declare a line validated by sending it
            FormField.readOnly("validated", FormField.Type.BOOLEAN).help("This BOM item has been validated"),
            FormField.readOnly("pricing_min", FormField.Type.DECIMAL),
            FormField.readOnly("pricing_max", FormField.Type.DECIMAL),
            FormField.readOnly("pricing_min_total", FormField.Type.DECIMAL),
            FormField.readOnly("pricing_max_total", FormField.Type.DECIMAL),
            FormField.readOnly("pricing_updated", FormField.Type.DATETIME),
            FormField.readOnly("available_stock", FormField.Type.FLOAT),
            FormField.readOnly("available_substitute_stock", FormField.Type.FLOAT),
            FormField.readOnly("available_variant_stock", FormField.Type.FLOAT),
            FormField.readOnly("external_stock", FormField.Type.FLOAT),
            FormField.readOnly("on_order", FormField.Type.FLOAT).label("On Order"),
            FormField.readOnly("building", FormField.Type.FLOAT).label("In Production"),
            FormField.readOnly("can_build", FormField.Type.FLOAT).label("Can Build"));

    /** {@code PUT /api/bom/{id}/validate/}: sign a line off, or withdraw its sign-off. */
    static final Form VALIDATION = Form.of("BOM Item Validation", "Marks one BOM line as validated, or not.", MODEL,
            FormField.bool("valid").defaultValue(false));

    @PersistenceContext
    EntityManager em;

    @Inject
    Boms boms;

    @Inject
    UserDirectory users;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @RequiresRole(value = "bom", alsoGrantedBy = "build")
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<BomItem> query = BomFilters.apply(ListQuery.of(em, BomItem.class)
                .including("part", "part.category", "subPart", "subPart.category"), uri, em, boms);
        query.orderBy(ordering, BomFilters.ORDERING, null);
        SearchTerms terms = QueryFilters.of(uri).search();
        if (!terms.isEmpty()) {
            query.filter(BomFilters.search(terms));
        }
        return Page.ofAll(uri, query, this::rows);
    }

    @POST
    @RequiresRole(value = "bom", alsoGrantedBy = "build")
    @Submits
    public Response create(JsonNode body) {
        BomItem line = BomItem.create();
        line.apply(FORM.read(body, Form.Mode.CREATE, em), boms);
        em.persist(line);
        boms.refresh(boms.assembliesOf(line));
        return Response.status(Response.Status.CREATED).entity(row(line)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "bom", alsoGrantedBy = "build")
    public BomRow detail(@PathParam("id") long id) {
        return row(find(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "bom", alsoGrantedBy = "build")
    @Submits
    public BomRow replace(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "bom", alsoGrantedBy = "build")
    @Submits
    public BomRow update(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.PARTIAL);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "bom", alsoGrantedBy = "build")
    public Response delete(@PathParam("id") long id) {
        remove(List.of(find(id)));
        return Response.noContent().build();
    }

    /** Changes many lines at once, each checked as a single update would be; one refusal changes none. */
    @PATCH
    @RequiresRole(value = "bom", alsoGrantedBy = "build")
    @Submits
    public Map<String, String> updateSelected(JsonNode body, @QueryParam("all") String all) {
        return updateMany(body, all);
    }

    @PUT
    @RequiresRole(value = "bom", alsoGrantedBy = "build")
    @Submits
    public Map<String, String> replaceSelected(JsonNode body, @QueryParam("all") String all) {
        return updateMany(body, all);
    }

    /** Deletes the lines chosen by {@code items} and/or {@code filters}; a line of a locked assembly stops all. */
    @DELETE
    @RequiresRole(value = "bom", alsoGrantedBy = "build")
    public Map<String, String> deleteSelected(BulkRequest request, @QueryParam("all") String all) {
        BulkRequest selection = request == null ? new BulkRequest(null, null) : request;
        List<BomItem> selected = selection.select(ListQuery.of(em, BomItem.class), BomFilters.BULK_FIELDS, all)
                .fetch(null, 0);
        remove(selected);
        return Map.of("success", "Deleted " + selected.size() + " items");
    }

    /**
     * Signs one line off ({@code valid}) or withdraws its sign-off. As in InvenTree this is no
     * change to the BOM, so a locked assembly allows it.
     */
    @PUT
    @Path("{id: [0-9]+}/validate")
    @RequiresRole("bom")
    @Submits("VALIDATION")
    public Map<String, Boolean> validate(@PathParam("id") long id, JsonNode body) {
        return validate(id, body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}/validate")
    @RequiresRole("bom")
    @Submits("VALIDATION")
    public Map<String, Boolean> validatePartially(@PathParam("id") long id, JsonNode body) {
        return validate(id, body, Form.Mode.PARTIAL);
    }

    private Map<String, Boolean> validate(long id, JsonNode body, Form.Mode mode) {
        BomItem line = find(id);
        boolean valid = VALIDATION.read(body, mode, em).bool("valid", false);
        line.validateHash(valid);
        return Map.of("valid", valid);
    }

    private Map<String, String> updateMany(JsonNode body, String all) {
        BulkRequest.Update request = BulkRequest.update(body);
        List<BomItem> selected = request.selection()
                .select(ListQuery.of(em, BomItem.class), BomFilters.BULK_FIELDS, all).fetch(null, 0);
        for (BomItem line : selected) {
            update(line, request.changes(), Form.Mode.PARTIAL);
        }
        return Map.of("success", "Updated " + selected.size() + " items");
    }

    private BomRow update(BomItem line, JsonNode body, Form.Mode mode) {
        Set<Part> assemblies = new LinkedHashSet<>(boms.assembliesOf(line));
        line.apply(FORM.read(body, mode, em), boms);
        assemblies.addAll(boms.assembliesOf(line));
        boms.refresh(assemblies);
        return row(line);
    }

    /** Deletes lines, none if any belongs to a locked assembly, and re-reads their BOMs' validity. */
    private void remove(List<BomItem> lines) {
        Set<Part> assemblies = new LinkedHashSet<>();
        for (BomItem line : lines) {
            boms.checkLock(line, line.getPart());
            assemblies.addAll(boms.assembliesOf(line));
        }
        if (!lines.isEmpty()) {
            em.createQuery("delete from BomItemSubstitute s where s.bomItem in :lines").setParameter("lines", lines)
                    .executeUpdate();
        }
        lines.forEach(em::remove);
        boms.refresh(assemblies);
    }

    private BomRow row(BomItem line) {
        return rows(List.of(line)).get(0);
    }

    private List<BomRow> rows(List<BomItem> lines) {
        QueryFilters filters = QueryFilters.of(uri);
        BomRows.Options options = new BomRows.Options(filters.bool("part_detail").orElse(false),
                filters.bool("sub_part_detail").orElse(false), filters.bool("category_detail").orElse(false),
                filters.bool("substitutes").orElse(false), filters.bool("pricing").orElse(false),
                filters.bool("can_build").orElse(true));
        return new BomRows(em, new Stars(em, users.caller(security).getId()), options).of(lines);
    }

    private BomItem find(long id) {
        return BaseEntity.require(em, BomItem.class, id);
    }
}
