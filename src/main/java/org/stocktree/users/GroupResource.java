package org.stocktree.users;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.platform.persistence.ListQuery;
import com.fasterxml.jackson.databind.JsonNode;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.ServerRole;
import org.stocktree.platform.rest.Submits;

/**
 * {@code /api/user/group/}: groups; anyone signed in may read them, staff change them. A group's
 * rule sets and members are included when asked for ({@code role_detail}, {@code user_detail}).
 */
@Path("user/group")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class GroupResource {

    static final Form FORM = Form.of("Group", "Groups of users, and the roles they grant.", "group",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.text("name", 150).required(),
            FormField.readOnly("roles", FormField.Type.LIST),
            FormField.readOnly("users", FormField.Type.LIST),
            FormField.readOnly("permissions", FormField.Type.OBJECT));

    @Inject
    UserAccounts accounts;

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<Group> query = ListQuery.of(em, Group.class).search(QueryFilters.of(uri).search(), "name")
                .orderBy(ordering, Map.of("name", "name"), "name");
        return Page.ofAll(uri, query, this::rows);
    }

    @POST
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public Response create(JsonNode body) {
        Group group = accounts.createGroup(FORM.read(body, Form.Mode.CREATE, em).text("name", null));
        return Response.status(Response.Status.CREATED).entity(rows(List.of(group)).get(0)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public UserJson.GroupRow detail(@PathParam("id") long id) {
        return rows(List.of(accounts.findGroup(id))).get(0);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public UserJson.GroupRow replace(@PathParam("id") long id, JsonNode body) {
        accounts.findGroup(id);
        return rows(List.of(accounts.renameGroup(id, FORM.read(body, Form.Mode.REPLACE, em).text("name", null))))
                .get(0);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public UserJson.GroupRow update(@PathParam("id") long id, JsonNode body) {
        accounts.findGroup(id);
        String name = FORM.read(body, Form.Mode.PARTIAL, em).text("name", null);
        return name == null ? detail(id) : rows(List.of(accounts.renameGroup(id, name))).get(0);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    public Response delete(@PathParam("id") long id) {
        accounts.deleteGroup(id);
        return Response.noContent().build();
    }

    /** The groups as rows, with the details asked for read in one statement each. */
    private List<UserJson.GroupRow> rows(List<Group> groups) {
        QueryFilters options = QueryFilters.of(uri);
        boolean withRoles = options.bool("role_detail").orElse(false);
        boolean withUsers = options.bool("user_detail").orElse(false);
        Map<Long, List<UserJson.RuleSetRow>> roles = new HashMap<>();
        Map<Long, List<UserJson.Brief>> users = new HashMap<>();
        if (withRoles && !groups.isEmpty()) {
            em.createQuery("select r from RuleSet r where r.group in :groups order by r.id", RuleSet.class)
                    .setParameter("groups", groups).getResultList()
                    .forEach(set -> roles.computeIfAbsent(set.getGroup().getId(), id -> new java.util.ArrayList<>())
                            .add(UserJson.RuleSetRow.of(set)));
        }
        if (withUsers && !groups.isEmpty()) {
            em.createQuery("select g.id, u from User u join u.groups g where g in :groups order by u.username",
                            Object[].class)
                    .setParameter("groups", groups).getResultList()
                    .forEach(row -> users.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>())
                            .add(UserJson.Brief.of((User) row[1])));
        }
        return groups.stream().map(group -> new UserJson.GroupRow(group.getId(), group.getName(),
                withRoles ? roles.getOrDefault(group.getId(), List.of()) : null,
                withUsers ? users.getOrDefault(group.getId(), List.of()) : null,
                null)).toList();
    }
}
