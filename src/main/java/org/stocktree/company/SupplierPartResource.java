package org.stocktree.company;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Join;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.stocktree.common.tags.Tags;
import org.stocktree.common.units.Units;
import org.stocktree.part.Part;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.persistence.SearchTerms;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;

/**
 * {@code /api/company/part/}: supplier parts. InvenTree's rule sets cover them in the part and
 * purchase-order roles; either admits.
 */
@Path("company/part")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class SupplierPartResource {

    static final String MODEL = "supplierpart";

    static final Form FORM = Form.of("Supplier Part", "A part as one supplier sells it.", MODEL,
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.related("part", Part.class, "part", "/api/part/").required().label("Base Part")
                    .help("Select part"),
            FormField.related("supplier", Company.class, CompanyResource.MODEL, "/api/company/").required()
                    .help("Select supplier"),
            FormField.related("manufacturer_part", ManufacturerPart.class, ManufacturerPartResource.MODEL,
                    "/api/company/part/manufacturer/").nullable().label("Manufacturer Part")
                    .help("Select manufacturer part"),
            FormField.text("SKU", 100).required().help("Supplier stock keeping unit"),
            FormField.text("description", 250).blank().nullable().help("Supplier part description"),
            FormField.of("link", FormField.Type.URL).blank().nullable().maxLength(2000)
                    .help("URL for external supplier part link"),
            FormField.text("note", 100).blank().nullable().help("Notes"),
            FormField.text("packaging", 50).blank().nullable().help("Part packaging"),
            FormField.text("pack_quantity", 25).blank().label("Pack Quantity")
                    .help("Total quantity supplied in a single pack. Leave empty for single items."),
            FormField.bool("active").defaultValue(true).help("Is this supplier part active?"),
            FormField.bool("primary").defaultValue(false)
                    .help("Is this the primary supplier part for the linked Part?"),
            FormField.of("available", FormField.Type.FLOAT).min(0).help("Quantity available from supplier"),
            FormField.text("notes", 50000).blank().nullable().help("Markdown notes (optional)"),
            FormField.strings("tags"),
            FormField.readOnly("pack_quantity_native", FormField.Type.FLOAT),
            FormField.readOnly("MPN", FormField.Type.STRING),
            FormField.readOnly("in_stock", FormField.Type.FLOAT),
            FormField.readOnly("on_order", FormField.Type.FLOAT),
            FormField.readOnly("barcode_hash", FormField.Type.STRING),
            FormField.readOnly("updated", FormField.Type.DATETIME),
            FormField.readOnly("availability_updated", FormField.Type.DATETIME));

    private static final Map<String, String> ORDERING = Map.ofEntries(Map.entry("pk", "id"), Map.entry("id", "id"),
            Map.entry("part", "part.name"), Map.entry("supplier", "supplier.name"),
            Map.entry("manufacturer", "manufacturerPart.manufacturer.name"), Map.entry("active", "active"),
            Map.entry("primary", "primary"), Map.entry("IPN", "part.ipn"), Map.entry("MPN", "manufacturerPart.mpn"),
            Map.entry("SKU", "sku"), Map.entry("packaging", "packaging"), Map.entry("pack_quantity", "packQuantityNative"),
            Map.entry("updated", "updated"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Tags tags;

    @Inject
    Units units;

    @Context
    UriInfo uri;

    @GET
    @RequiresRole(value = "part", alsoGrantedBy = "purchase_order")
    public Object list() {
        return list(uri);
    }

    /**
     * The list answer to {@code request}'s query parameters; {@code /api/search/} asks it with
     * parameters of its own.
     */
    public Object list(UriInfo request) {
        String ordering = request.getQueryParameters().getFirst("ordering");
        ListQuery<SupplierPart> query = ListQuery.of(em, SupplierPart.class)
                .including("part", "supplier", "manufacturerPart", "manufacturerPart.manufacturer")
                .orderBy(ordering, ORDERING, "id");
        QueryFilters filters = QueryFilters.of(request);
        filters.id("part").ifPresent(id -> query.filter((builder, root) -> builder.equal(root.get("partId"), id)));
        filters.id("supplier").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("supplierId"), id)));
        filters.id("manufacturer_part").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("manufacturerPartId"), id)));
        filters.id("manufacturer").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.join("manufacturerPart", JoinType.LEFT).get("manufacturerId"), id)));
        filters.id("company").ifPresent(id -> query.filter((builder, root) -> builder.or(
                builder.equal(root.get("supplierId"), id),
                builder.equal(root.join("manufacturerPart", JoinType.LEFT).get("manufacturerId"), id))));
        filters.text("SKU").ifPresent(sku -> query.filter((builder, root) -> builder.equal(root.get("sku"), sku)));
        filters.text("MPN").ifPresent(mpn -> query.filter((builder, root) ->
                builder.equal(root.join("manufacturerPart", JoinType.LEFT).get("mpn"), mpn)));
        filters.bool("active").ifPresent(active -> query.filter((builder, root) ->
                builder.equal(root.get("active"), active)));
        filters.bool("primary").ifPresent(primary -> query.filter((builder, root) ->
                builder.equal(root.get("primary"), primary)));
        filters.bool("part_active").ifPresent(active -> query.filter((builder, root) ->
                builder.equal(root.get("part").get("active"), active)));
        filters.bool("supplier_active").ifPresent(active -> query.filter((builder, root) ->
                builder.equal(root.get("supplier").get("active"), active)));
        filters.text("tag_name").or(() -> filters.text("tags__name")).ifPresent(name -> {
            List<Long> tagged = tags.objectsTagged(MODEL, name);
            query.filter((builder, root) -> tagged.isEmpty() ? builder.disjunction() : root.get("id").in(tagged));
        });
        SearchTerms terms = QueryFilters.of(request).search();
        if (!terms.isEmpty()) {
            query.filter((builder, root) -> {
                Join<SupplierPart, ManufacturerPart> made = root.join("manufacturerPart", JoinType.LEFT);
                Join<ManufacturerPart, Company> maker = made.join("manufacturer", JoinType.LEFT);
                return terms.matchAll(builder, root, List.of(root.get("sku"), root.get("description"),
                        root.get("supplier").get("name"), root.get("part").get("name"), root.get("part").get("ipn"),
                        made.get("mpn"), maker.get("name")));
            });
        }
        return Page.ofAll(request, query, page -> rows().of(page));
    }

    @POST
    @RequiresRole(value = "part", alsoGrantedBy = "purchase_order")
    @Submits
    public Response create(JsonNode body) {
        SupplierPart part = SupplierPart.create();
        List<String> tagNames = CompanyResource.tagsOf(body);
        part.apply(FORM.read(CompanyResource.withoutTags(body), Form.Mode.CREATE, em), units, em);
        em.persist(part);
        if (tagNames != null) {
            tags.set(MODEL, part.getId(), tagNames);
        }
        return Response.status(Response.Status.CREATED).entity(row(part)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "purchase_order")
    public SupplierPartRow detail(@PathParam("id") long id) {
        return row(find(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "purchase_order")
    @Submits
    public SupplierPartRow replace(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "purchase_order")
    @Submits
    public SupplierPartRow update(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.PARTIAL);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "purchase_order")
    public Response delete(@PathParam("id") long id) {
        SupplierPart part = find(id);
        tags.removeAll(MODEL, part.getId());
        em.remove(part);
        return Response.noContent().build();
    }

    private SupplierPartRow update(SupplierPart part, JsonNode body, Form.Mode mode) {
        List<String> tagNames = CompanyResource.tagsOf(body);
        part.apply(FORM.read(CompanyResource.withoutTags(body), mode, em), units, em);
        if (tagNames != null) {
            tags.set(MODEL, part.getId(), tagNames);
        }
        em.flush();
        return row(part);
    }

    private SupplierPartRow row(SupplierPart part) {
        return rows().of(List.of(part)).get(0);
    }

    private SupplierPartRows rows() {
        QueryFilters filters = QueryFilters.of(uri);
        return new SupplierPartRows(em, tags, new SupplierPartRows.Details(filters.bool("part_detail").orElse(false),
                filters.bool("supplier_detail").orElse(false), filters.bool("manufacturer_detail").orElse(false),
                filters.bool("manufacturer_part_detail").orElse(false), filters.bool("pretty").orElse(false),
                filters.bool("price_breaks").orElse(false)));
    }

    private SupplierPart find(long id) {
        return BaseEntity.require(em, SupplierPart.class, id);
    }
}
