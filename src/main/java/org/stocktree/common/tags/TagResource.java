package org.stocktree.common.tags;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.Map;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.ServerRole;
import org.stocktree.platform.rest.Submits;

/** {@code /api/tag/}: anyone signed in reads the tags; staff create, rename and delete them. */
@Path("tag")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class TagResource {

    record Row(long pk, String name, String slug) {
        static Row of(Tag tag) {
            return new Row(tag.getId(), tag.getName(), tag.getSlug());
        }
    }

    static final Form FORM = Form.of("Tag", "Labels that parts, stock items and other objects carry.", "tag",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.text("name", Tag.MAX_LENGTH).required().label("Name"),
            FormField.readOnly("slug", FormField.Type.STRING).label("Slug"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Tags tags;

    @Context
    UriInfo uri;

    /** All tags; with {@code model_type}, only those some object of that model carries. */
    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<Tag> query = ListQuery.of(em, Tag.class).search(QueryFilters.of(uri).search(), "name")
                .orderBy(ordering, Map.of("name", "name"), "name");
        QueryFilters.of(uri).text("model_type").ifPresent(model -> {
            List<Long> used = em.createQuery("select distinct i.tag.id from TaggedItem i where i.modelType = :model",
                    Long.class).setParameter("model", model.strip()).getResultList();
            query.filter((builder, root) -> used.isEmpty() ? builder.disjunction() : root.get("id").in(used));
        });
        return Page.of(uri, query, Row::of);
    }

    @POST
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public Response create(JsonNode body) {
        String name = Tag.checkedName(FORM.read(body, Form.Mode.CREATE, em).text("name", null));
        requireFree(name, null);
        return Response.status(Response.Status.CREATED).entity(Row.of(tags.create(name))).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Row detail(@PathParam("id") long id) {
        return Row.of(find(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public Row replace(@PathParam("id") long id, JsonNode body) {
        return rename(find(id), FORM.read(body, Form.Mode.REPLACE, em).text("name", null));
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public Row update(@PathParam("id") long id, JsonNode body) {
        Tag tag = find(id);
        FormValues values = FORM.read(body, Form.Mode.PARTIAL, em);
        return values.has("name") ? rename(tag, values.text("name", null)) : Row.of(tag);
    }

    /** Deletes the tag and takes it off every object that carried it. */
    @DELETE
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    public Response delete(@PathParam("id") long id) {
        Tag tag = find(id);
        em.createQuery("delete from TaggedItem i where i.tag = :tag").setParameter("tag", tag).executeUpdate();
        em.remove(tag);
        return Response.noContent().build();
    }

    private Row rename(Tag tag, String name) {
        String checked = Tag.checkedName(name);
        requireFree(checked, tag.getId());
        tag.rename(checked);
        return Row.of(tag);
    }

    private void requireFree(String name, Long self) {
        tags.named(name).filter(existing -> !existing.getId().equals(self)).ifPresent(existing -> {
            throw FieldErrors.of("name", "tag with this name already exists.");
        });
    }

    private Tag find(long id) {
        return BaseEntity.require(em, Tag.class, id);
    }
}
