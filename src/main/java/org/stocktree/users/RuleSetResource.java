package org.stocktree.users;

import com.fasterxml.jackson.annotation.JsonProperty;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import com.fasterxml.jackson.databind.JsonNode;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.ServerRole;
import org.stocktree.platform.rest.Submits;

/**
 * {@code /api/user/ruleset/}: what each group may do per role. Anyone signed in may read them;
 * staff change their permissions. Every group keeps one rule set per role, so deleting one only
 * resets it: it is recreated with no permissions.
 */
@Path("user/ruleset")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class RuleSetResource {

    record PermissionsInput(@JsonProperty("can_view") Boolean canView, @JsonProperty("can_add") Boolean canAdd,
            @JsonProperty("can_change") Boolean canChange, @JsonProperty("can_delete") Boolean canDelete) {
    }

    static final Form FORM = Form.of("Rule Set", "What a group may do with one role.", "ruleset",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.readOnly("name", FormField.Type.STRING).help("Permission set"),
            FormField.readOnly("label", FormField.Type.STRING),
            FormField.readOnly("group", FormField.Type.INTEGER).help("Group"),
            FormField.bool("can_view").label("View").help("Permission to view items"),
            FormField.bool("can_add").label("Add").help("Permission to add items"),
            FormField.bool("can_change").label("Change").help("Permissions to edit items"),
            FormField.bool("can_delete").label("Delete").help("Permission to delete items"));

    @Inject
    UserAccounts accounts;

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list(@QueryParam("ordering") String ordering) {
        QueryFilters filters = QueryFilters.of(uri);
        ListQuery<RuleSet> query = ListQuery.of(em, RuleSet.class).search(QueryFilters.of(uri).search(), "name")
                .orderBy(ordering, Map.of("name", "name"), "name");
        filters.id("group").ifPresent(group -> {
            if (em.find(Group.class, group) == null) {
                throw FieldErrors.of("group", "Select a valid choice. That choice is not one of the available choices.");
            }
            query.filter((builder, root) -> builder.equal(root.get("group").get("id"), group));
        });
        filters.text("name").ifPresent(name -> query.filter((builder, root) -> builder.equal(root.get("name"), name)));
        return Page.of(uri, query, UserJson.RuleSetRow::of);
    }

    @GET
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public UserJson.RuleSetRow detail(@PathParam("id") long id) {
        return UserJson.RuleSetRow.of(find(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public UserJson.RuleSetRow replace(@PathParam("id") long id, JsonNode body) {
        find(id);
        PermissionsInput given = FORM.read(body, Form.Mode.PARTIAL, em).as(PermissionsInput.class);
        return UserJson.RuleSetRow.of(accounts.updateRuleSet(id, given.canView(), given.canAdd(), given.canChange(),
                given.canDelete()));
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public UserJson.RuleSetRow update(@PathParam("id") long id, JsonNode body) {
        return replace(id, body);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    public Response delete(@PathParam("id") long id) {
        accounts.updateRuleSet(id, false, false, false, false);
        return Response.noContent().build();
    }

    private RuleSet find(long id) {
        return BaseEntity.require(em, RuleSet.class, id);
    }
}
