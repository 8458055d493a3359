package org.stocktree.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.Locale;
import java.util.Map;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.ServerRole;
import org.stocktree.users.Owner;
import org.stocktree.users.OwnerResource;

/** {@code /api/project-code/}: anyone signed in reads project codes; staff manage them. */
@Path("project-code")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ProjectCodeResource {

    record Row(long pk, String code, String description, boolean active, Long responsible,
            @JsonProperty("responsible_detail") OwnerResource.OwnerRow responsibleDetail) {
        static Row of(ProjectCode project) {
            Owner owner = project.getResponsible();
            return new Row(project.getId(), project.getCode(), project.getDescription(), project.isActive(),
                    owner == null ? null : owner.getId(), owner == null ? null : OwnerResource.OwnerRow.of(owner));
        }
    }

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list(@QueryParam("search") String search, @QueryParam("ordering") String ordering) {
        ListQuery<ProjectCode> query = ListQuery.of(em, ProjectCode.class).including("responsible")
                .search(search, "code", "description").orderBy(ordering, Map.of("code", "code"), "code");
        QueryFilters.of(uri).bool("active")
                .ifPresent(active -> query.filter((builder, root) -> builder.equal(root.get("active"), active)));
        return Page.of(uri, query, Row::of);
    }

    @POST
    @RolesAllowed(ServerRole.STAFF)
    public Response create(JsonNode body) {
        ProjectCode project = new ProjectCode(null);
        save(project, body, true);
        em.persist(project);
        return Response.status(Response.Status.CREATED).entity(Row.of(project)).build();
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
    public Row replace(@PathParam("id") long id, JsonNode body) {
        ProjectCode project = find(id);
        save(project, body, true);
        return Row.of(project);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    public Row update(@PathParam("id") long id, JsonNode body) {
        ProjectCode project = find(id);
        save(project, body, false);
        return Row.of(project);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    public Response delete(@PathParam("id") long id) {
        em.remove(find(id));
        return Response.noContent().build();
    }

    /**
     * Reads the body field by field, because "responsible": null (clear it) and no responsible
     * (leave it) mean different things; then checks uniqueness and applies.
     */
    private void save(ProjectCode project, JsonNode body, boolean full) {
        JsonNode fields = body == null ? com.fasterxml.jackson.databind.node.NullNode.instance : body;
        if (!fields.isObject()) {
            throw FieldErrors.general("Invalid data. Expected a dictionary.");
        }
        String code = text(fields, "code");
        if (full && code == null && project.getCode() == null) {
            throw FieldErrors.of("code", "This field is required.");
        }
        boolean responsibleGiven = fields.has("responsible");
        Long responsible = responsibleGiven && !fields.get("responsible").isNull() ? fields.get("responsible").asLong() : null;
        Owner owner = responsible == null ? null : em.find(Owner.class, responsible);
        if (code != null) {
            boolean taken = !em.createQuery("select p.id from ProjectCode p where lower(p.code) = :code and p.id <> :self",
                            Long.class)
                    .setParameter("code", code.strip().toLowerCase(Locale.ROOT))
                    .setParameter("self", project.getId() == null ? -1L : project.getId())
                    .getResultList().isEmpty();
            if (taken) {
                throw FieldErrors.of("code", "project code with this Project Code already exists.");
            }
        }
        project.apply(new ProjectCode.Changes(code, text(fields, "description"),
                fields.has("active") ? fields.get("active").asBoolean() : null, responsible, responsibleGiven), owner);
    }

    private static String text(JsonNode fields, String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private ProjectCode find(long id) {
        return BaseEntity.require(em, ProjectCode.class, id);
    }
}
