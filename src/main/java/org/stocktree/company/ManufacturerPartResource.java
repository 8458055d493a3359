package org.stocktree.company;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.stocktree.common.tags.Tags;
import org.stocktree.part.Part;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;

/** {@code /api/company/part/manufacturer/}: parts as manufacturers make them. */
@Path("company/part/manufacturer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ManufacturerPartResource {

    static final String MODEL = "manufacturerpart";

    static final Form FORM = Form.of("Manufacturer Part", "A part as one manufacturer makes it.", MODEL,
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.related("part", Part.class, "part", "/api/part/").required().label("Base Part")
                    .help("Select part"),
            FormField.related("manufacturer", Company.class, CompanyResource.MODEL, "/api/company/").required()
                    .help("Select manufacturer"),
            FormField.text("MPN", 100).blank().nullable().help("Manufacturer Part Number"),
            FormField.text("description", 250).blank().nullable().help("Manufacturer part description"),
            FormField.of("link", FormField.Type.URL).blank().nullable().maxLength(2000)
                    .help("URL for external manufacturer part link"),
            FormField.text("notes", 50000).blank().nullable().help("Markdown notes (optional)"),
            FormField.strings("tags"),
            FormField.readOnly("barcode_hash", FormField.Type.STRING));

    private static final Map<String, String> ORDERING = Map.of("pk", "id", "id", "id", "part", "part.name",
            "IPN", "part.ipn", "MPN", "mpn", "manufacturer", "manufacturer.name");

    @PersistenceContext
    EntityManager em;

    @Inject
    Tags tags;

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
        ListQuery<ManufacturerPart> query = ListQuery.of(em, ManufacturerPart.class).including("part", "manufacturer")
                .orderBy(ordering, ORDERING, "id");
        QueryFilters filters = QueryFilters.of(request);
        filters.id("part").ifPresent(id -> query.filter((builder, root) -> builder.equal(root.get("partId"), id)));
        filters.id("manufacturer").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("manufacturerId"), id)));
        filters.text("MPN").ifPresent(mpn -> query.filter((builder, root) -> builder.equal(root.get("mpn"), mpn)));
        filters.bool("part_active").ifPresent(active -> query.filter((builder, root) ->
                builder.equal(root.get("part").get("active"), active)));
        filters.bool("manufacturer_active").ifPresent(active -> query.filter((builder, root) ->
                builder.equal(root.get("manufacturer").get("active"), active)));
        filters.text("tag_name").or(() -> filters.text("tags__name")).ifPresent(name -> {
            List<Long> tagged = tags.objectsTagged(MODEL, name);
            query.filter((builder, root) -> tagged.isEmpty() ? builder.disjunction() : root.get("id").in(tagged));
        });
        query.search(QueryFilters.of(request).search(), "mpn", "description", "manufacturer.name", "part.name", "part.ipn");
        return Page.ofAll(request, query, this::rows);
    }

    @POST
    @RequiresRole(value = "part", alsoGrantedBy = "purchase_order")
    @Submits
    public Response create(JsonNode body) {
        ManufacturerPart part = ManufacturerPart.create();
        List<String> tagNames = CompanyResource.tagsOf(body);
        part.apply(FORM.read(CompanyResource.withoutTags(body), Form.Mode.CREATE, em), em);
        em.persist(part);
        if (tagNames != null) {
            tags.set(MODEL, part.getId(), tagNames);
        }
        return Response.status(Response.Status.CREATED).entity(rows(List.of(part)).get(0)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "purchase_order")
    public ManufacturerPartRow detail(@PathParam("id") long id) {
        return rows(List.of(find(id))).get(0);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "purchase_order")
    @Submits
    public ManufacturerPartRow replace(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "purchase_order")
    @Submits
    public ManufacturerPartRow update(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.PARTIAL);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "purchase_order")
    public Response delete(@PathParam("id") long id) {
        ManufacturerPart part = find(id);
        tags.removeAll(MODEL, part.getId());
        em.remove(part);
        return Response.noContent().build();
    }

    private ManufacturerPartRow update(ManufacturerPart part, JsonNode body, Form.Mode mode) {
        List<String> tagNames = CompanyResource.tagsOf(body);
        part.apply(FORM.read(CompanyResource.withoutTags(body), mode, em), em);
        if (tagNames != null) {
            tags.set(MODEL, part.getId(), tagNames);
        }
        em.flush();
        return rows(List.of(part)).get(0);
    }

    private List<ManufacturerPartRow> rows(List<ManufacturerPart> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        QueryFilters filters = QueryFilters.of(uri);
        boolean partDetail = filters.bool("part_detail").orElse(false);
        boolean manufacturerDetail = filters.bool("manufacturer_detail").orElse(false);
        boolean pretty = filters.bool("pretty").orElse(false);
        Map<Long, List<String>> tagNames = tags.ofAll(MODEL, page.stream().map(ManufacturerPart::getId).toList());
        return page.stream().map(part -> ManufacturerPartRow.of(part, partDetail, manufacturerDetail, pretty,
                tagNames.getOrDefault(part.getId(), List.of()))).toList();
    }

    private ManufacturerPart find(long id) {
        return BaseEntity.require(em, ManufacturerPart.class, id);
    }
}
