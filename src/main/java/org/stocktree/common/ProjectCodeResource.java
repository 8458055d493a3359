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
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.ServerRole;
import org.stocktree.platform.rest.Submits;
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

    static final Form FORM = Form.of("Project Code", "Codes that tie orders, builds and stock to a project.",
            "projectcode",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.text("code", 50).required().label("Project Code").help("Unique project code"),
            FormField.text("description", 200).blank().help("Project description"),
            FormField.bool("active").defaultValue(true).help("Is this project code active?"),
            FormField.related("responsible", Owner.class, "owner", "/api/user/owner/").nullable()
                    .help("User or group responsible for this project"),
            FormField.readOnly("responsible_detail", FormField.Type.OBJECT));

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<ProjectCode> query = ListQuery.of(em, ProjectCode.class).including("responsible")
                .search(QueryFilters.of(uri).search(), "code", "description").orderBy(ordering, Map.of("code", "code"), "code");
        QueryFilters.of(uri).bool("active")
                .ifPresent(active -> query.filter((builder, root) -> builder.equal(root.get("active"), active)));
        return Page.of(uri, query, Row::of);
    }

    @POST
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public Response create(JsonNode body) {
        ProjectCode project = new ProjectCode(null);
        save(project, body, Form.Mode.CREATE);
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
    @Submits
    public Row replace(@PathParam("id") long id, JsonNode body) {
        ProjectCode project = find(id);
        save(project, body, Form.Mode.REPLACE);
        return Row.of(project);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public Row update(@PathParam("id") long id, JsonNode body) {
        ProjectCode project = find(id);
        save(project, body, Form.Mode.PARTIAL);
        return Row.of(project);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    public Response delete(@PathParam("id") long id) {
        em.remove(find(id));
        return Response.noContent().build();
    }

    /** Reads the body through the form, then checks that the code is not taken (case-insensitively). */
    private void save(ProjectCode project, JsonNode body, Form.Mode mode) {
        FormValues values = FORM.read(body, mode, em);
        String code = values.text("code", null);
        if (code != null) {
            boolean taken = !em.createQuery("select p.id from ProjectCode p where lower(p.code) = :code and p.id <> :self",
                            Long.class)
                    .setParameter("code", code.toLowerCase(Locale.ROOT))
                    .setParameter("self", project.getId() == null ? -1L : project.getId())
                    .getResultList().isEmpty();
            if (taken) {
                throw FieldErrors.of("code", "project code with this Project Code already exists.");
            }
        }
        project.apply(values);
    }

    private ProjectCode find(long id) {
        return BaseEntity.require(em, ProjectCode.class, id);
    }
}
