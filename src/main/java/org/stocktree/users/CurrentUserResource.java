package org.stocktree.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.stocktree.platform.rest.Submits;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.AccessControl;

/**
 * The signed-in caller: {@code /api/user/me/}, their roles, and their API token
 * ({@code /api/user/me/token/}; {@link LegacyTokenResource} answers the older path).
 */
@Path("user/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AccessControl.ANY_SIGNED_IN)
public class CurrentUserResource {

    record Me(long pk, String username, @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName, String email, List<UserJson.GroupRef> groups,
            @JsonProperty("is_staff") boolean staff, @JsonProperty("is_superuser") boolean superuser,
            @JsonProperty("is_active") boolean active, UserJson.Profile profile, Map<String, List<String>> roles,
            Map<String, List<String>> permissions) {
    }

    record Roles(long user, String username, Map<String, List<String>> roles, Map<String, List<String>> permissions,
            @JsonProperty("is_staff") boolean staff, @JsonProperty("is_superuser") boolean superuser) {
    }

    record Token(String token, String name, LocalDate expiry) {
        static Token of(ApiTokens.Grant grant) {
            return new Token(grant.token(), grant.name(), grant.expiry());
        }
    }

    @Inject
    UserDirectory users;

    @Inject
    ApiTokens tokens;

    @Inject
    UserAccounts accounts;

    @Context
    SecurityContext security;

    @PersistenceContext
    EntityManager em;

    static final Form FORM = Form.of("User", "The signed-in user's own account.", "user",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.readOnly("username", FormField.Type.STRING),
            FormField.text("first_name", 150).blank(),
            FormField.text("last_name", 150).blank(),
            FormField.of("email", FormField.Type.EMAIL).blank().label("Email address"),
            FormField.readOnly("groups", FormField.Type.LIST),
            FormField.readOnly("is_staff", FormField.Type.BOOLEAN),
            FormField.readOnly("is_superuser", FormField.Type.BOOLEAN),
            FormField.readOnly("is_active", FormField.Type.BOOLEAN),
            FormField.readOnly("profile", FormField.Type.OBJECT));

    static final Form PROFILE_FORM = Form.of("User Profile", "The signed-in user's preferences and details.",
            "userprofile",
            FormField.text("language", 10).blank().nullable().help("Preferred language for the user"),
            FormField.of("theme", FormField.Type.OBJECT).nullable().help("Settings for the web UI as JSON"),
            FormField.of("widgets", FormField.Type.OBJECT).nullable().help("Settings for the dashboard widgets as JSON"),
            FormField.text("displayname", 255).blank().nullable().label("Display Name")
                    .help("Chosen display name for the user"),
            FormField.text("position", 255).blank().nullable().help("Main job title or position"),
            FormField.text("status", 2000).blank().nullable().help("User status message"),
            FormField.text("location", 2000).blank().nullable().help("User location information"),
            FormField.bool("active").help("User is actively using the system"),
            FormField.text("contact", 255).blank().nullable().help("Preferred contact information for the user"),
            FormField.choice("type", List.of(new FormField.Choice("bot", "Bot"),
                    new FormField.Choice("internal", "Internal"), new FormField.Choice("external", "External"),
                    new FormField.Choice("guest", "Guest"))).label("User Type").help("Which type of user is this?"),
            FormField.text("organisation", 255).blank().nullable().help("User primary organisation/affiliation"),
            FormField.related("primary_group", Group.class, "group", "/api/user/group/").nullable()
                    .help("Primary group for the user"));

    @GET
    @Transactional
    public Me me() {
        User user = caller();
        return new Me(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(), user.getEmail(),
                UserJson.GroupRef.of(user.getGroups()), user.isStaff(), user.isSuperuser(), user.isActive(),
                UserJson.Profile.of(users.profileOf(user).orElse(null)), roles(user), null);
    }

    @PUT
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Submits
    public Me replace(JsonNode body) {
        accounts.updateSelf(caller(), FORM.read(body, Form.Mode.PARTIAL, em).as(UserJson.Input.class));
        return me();
    }

    @PATCH
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Submits
    public Me update(JsonNode body) {
        return replace(body);
    }

    /** Removes the caller's own account, as InvenTree's user detail does for the signed-in user. */
    @DELETE
    @Transactional
    public Response delete(@Context HttpServletRequest request) {
        accounts.deleteSelf(caller());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    @GET
    @Path("profile")
    @Transactional
    public UserJson.Profile profile() {
        return UserJson.Profile.of(users.profileOf(caller()).orElse(null));
    }

    @PUT
    @Path("profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Submits("PROFILE_FORM")
    public UserJson.Profile replaceProfile(JsonNode body) {
        UserJson.ProfileInput given = PROFILE_FORM.read(body, Form.Mode.PARTIAL, em).as(UserJson.ProfileInput.class);
        return UserJson.Profile.of(accounts.updateProfile(caller(), given.changes()));
    }

    @PATCH
    @Path("profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Submits("PROFILE_FORM")
    public UserJson.Profile updateProfile(JsonNode body) {
        return replaceProfile(body);
    }

    @GET
    @Path("roles")
    public Roles roles() {
        User user = caller();
        return new Roles(user.getId(), user.getUsername(), roles(user), null, user.isStaff(), user.isSuperuser());
    }

    @GET
    @Path("token")
    public Token token(@QueryParam("name") String name) {
        return Token.of(tokens.issue(caller(), name));
    }

    /**
     * Per role, the permissions the caller holds there (null where none), as InvenTree reports
     * them: read from the security roles the request was authenticated with, not queried again.
     */
    private Map<String, List<String>> roles(User user) {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            List<String> permissions = java.util.Arrays.stream(Permission.values())
                    .filter(permission -> user.isSuperuser() || security.isUserInRole(role.grant(permission)))
                    .map(Permission::key)
                    .toList();
            roles.put(role.key(), permissions.isEmpty() ? null : permissions);
        }
        return roles;
    }

    private User caller() {
        return users.caller(security);
    }
}
