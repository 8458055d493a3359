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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
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

/** {@code /api/user/}: the users; anyone signed in may read them, staff change them. */
@Path("user")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class UserResource {

    private static final Map<String, String> ORDERING = Map.of("email", "email", "username", "username",
            "first_name", "firstName", "last_name", "lastName", "is_staff", "staff", "is_superuser", "superuser",
            "is_active", "active");

    record PasswordInput(String password, @com.fasterxml.jackson.annotation.JsonProperty("override_warning")
            Boolean overrideWarning) {
    }

    static final Form FORM = Form.of("User", "The people who sign in to this server.", "user",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.text("username", 150).required()
                    .matching("[\\w.@+-]+", "Enter a valid username. This value may contain only letters, numbers, "
                            + "and @/./+/-/_ characters.")
                    .help("Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only."),
            FormField.text("first_name", 150).blank(),
            FormField.text("last_name", 150).blank(),
            FormField.of("email", FormField.Type.EMAIL).blank().label("Email address"),
            FormField.readOnly("groups", FormField.Type.LIST),
            FormField.ids("group_ids").of(Group.class).label("Groups").help("The groups this user belongs to"),
            FormField.bool("is_staff").label("Staff status").help("Does this user have staff permissions"),
            FormField.bool("is_superuser").label("Superuser status").help("Is this user a superuser"),
            FormField.bool("is_active").label("Active").defaultValue(true).help("Is this user account active"),
            FormField.readOnly("profile", FormField.Type.OBJECT));

    static final Form PASSWORD_FORM = Form.of("User Set Password", "Sets a user's password.", "user",
            FormField.text("password", 128).required().help("Password for the user"),
            FormField.bool("override_warning").help("Override the warning about password rules"));

    @Inject
    UserAccounts accounts;

    @Inject
    UserDirectory directory;

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list(@QueryParam("ordering") String ordering) {
        QueryFilters filters = QueryFilters.of(uri);
        ListQuery<User> query = ListQuery.of(em, User.class).search(QueryFilters.of(uri).search(), "firstName", "lastName", "username")
                .orderBy(ordering, ORDERING, "username");
        filters.bool("is_active").ifPresent(value -> query.filter((builder, root) -> builder.equal(root.get("active"), value)));
        filters.bool("is_staff").ifPresent(value -> query.filter((builder, root) -> builder.equal(root.get("staff"), value)));
        filters.bool("is_superuser")
                .ifPresent(value -> query.filter((builder, root) -> builder.equal(root.get("superuser"), value)));
        return Page.ofAll(uri, query, users -> {
            Map<Long, List<Group>> groups = directory.groupsOf(users);
            Map<Long, UserProfile> profiles = directory.profilesOf(users);
            return users.stream().map(user -> UserJson.Extended.of(user, groups.getOrDefault(user.getId(), List.of()),
                    profiles.get(user.getId()))).toList();
        });
    }

    @POST
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public Response create(JsonNode body) {
        User user = accounts.create(FORM.read(body, Form.Mode.CREATE, em).as(UserJson.Input.class), caller());
        return Response.status(Response.Status.CREATED).entity(row(user)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public UserJson.Extended detail(@PathParam("id") long id) {
        User user = accounts.find(id);
        return row(user);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public UserJson.Extended replace(@PathParam("id") long id, JsonNode body) {
        accounts.find(id);
        User user = accounts.update(id, FORM.read(body, Form.Mode.REPLACE, em).as(UserJson.Input.class), false, caller());
        return row(user);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public UserJson.Extended update(@PathParam("id") long id, JsonNode body) {
        accounts.find(id);
        User user = accounts.update(id, FORM.read(body, Form.Mode.PARTIAL, em).as(UserJson.Input.class), true, caller());
        return row(user);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    public Response delete(@PathParam("id") long id) {
        accounts.delete(id, caller());
        return Response.noContent().build();
    }

    @PUT
    @Path("{id: [0-9]+}/set-password")
    @RolesAllowed(ServerRole.SUPERUSER)
    @Submits("PASSWORD_FORM")
    public Map<String, Object> setPassword(@PathParam("id") long id, JsonNode body) {
        accounts.find(id);
        PasswordInput input = PASSWORD_FORM.read(body, Form.Mode.CREATE, em).as(PasswordInput.class);
        accounts.setPassword(id, input.password(), Boolean.TRUE.equals(input.overrideWarning()));
        return Map.of();
    }

    @PATCH
    @Path("{id: [0-9]+}/set-password")
    @RolesAllowed(ServerRole.SUPERUSER)
    @Submits("PASSWORD_FORM")
    public Map<String, Object> changePassword(@PathParam("id") long id, JsonNode body) {
        return setPassword(id, body);
    }

    private UserJson.Extended row(User user) {
        return UserJson.Extended.of(user, user.getGroups(), directory.profileOf(user).orElse(null));
    }

    private User caller() {
        return directory.caller(security);
    }
}
