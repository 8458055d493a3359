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
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.UserDirectory;

/** {@code /api/bom/substitute/}: the parts allowed instead of a BOM line's component. */
@Path("bom/substitute")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class BomSubstituteResource {

    static final Form FORM = Form.of("BOM Item Substitute", "A part that may be used instead of a BOM line's component.",
            "bomitemsubstitute",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.related("bom_item", BomItem.class, BomResource.MODEL, "/api/bom/").required().label("BOM Item")
                    .help("Parent BOM item"),
            FormField.related("part", Part.class, PartResource.MODEL, "/api/part/").required()
                    .help("Substitute part"),
            FormField.readOnly("part_detail", FormField.Type.OBJECT));

    /** The orderings clients may ask for: InvenTree's default ordering filter allows any field. */
    private static final Map<String, String> ORDERING = Map.of("pk", "id", "id", "id", "bom_item", "bomItem.id",
            "part", "part.id");

    @PersistenceContext
    EntityManager em;

    @Inject
    UserDirectory users;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @RequiresRole(value = "bom", alsoGrantedBy = "build")
    public Object list(@QueryParam("ordering") String ordering) {
        // the line too: a row shows only its id, but the id getter of an unread line loads it, one statement per row
        ListQuery<BomItemSubstitute> query = ListQuery.of(em, BomItemSubstitute.class)
                .including("bomItem", "part", "part.category");
        QueryFilters filters = QueryFilters.of(uri);
        filters.id("bom_item").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("bomItem").get("id"), id)));
        filters.id("part").ifPresent(id -> query.filter((builder, root) -> builder.equal(root.get("part").get("id"), id)));
        query.orderBy(ordering, ORDERING, null);
        return Page.ofAll(uri, query, this::rows);
    }

    @POST
    @RequiresRole(value = "bom", alsoGrantedBy = "build")
    @Submits
    public Response create(JsonNode body) {
        BomItemSubstitute substitute = BomItemSubstitute.create();
        substitute.apply(FORM.read(body, Form.Mode.CREATE, em), em);
        em.persist(substitute);
        return Response.status(Response.Status.CREATED).entity(rows(List.of(substitute)).get(0)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "bom", alsoGrantedBy = "build")
    public SubstituteRow detail(@PathParam("id") long id) {
        return rows(List.of(find(id))).get(0);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "bom", alsoGrantedBy = "build")
    @Submits
    public SubstituteRow replace(@PathParam("id") long id, JsonNode body) {
        return update(id, body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "bom", alsoGrantedBy = "build")
    @Submits
    public SubstituteRow update(@PathParam("id") long id, JsonNode body) {
        return update(id, body, Form.Mode.PARTIAL);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "bom", alsoGrantedBy = "build")
    public Response delete(@PathParam("id") long id) {
        em.remove(find(id));
        return Response.noContent().build();
    }

    private SubstituteRow update(long id, JsonNode body, Form.Mode mode) {
        BomItemSubstitute substitute = find(id);
        substitute.apply(FORM.read(body, mode, em), em);
        return rows(List.of(substitute)).get(0);
    }

    private List<SubstituteRow> rows(List<BomItemSubstitute> substitutes) {
        return BomRows.substitutes(em, new Stars(em, users.caller(security).getId()), substitutes);
    }

    private BomItemSubstitute find(long id) {
        return BaseEntity.require(em, BomItemSubstitute.class, id);
    }
}
