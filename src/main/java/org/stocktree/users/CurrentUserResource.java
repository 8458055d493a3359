package org.stocktree.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stocktree.platform.rest.AccessControl;

/**
 * The signed-in caller: {@code /api/user/me/}, their roles, and their API token
 * ({@code /api/user/me/token/}, also at the older {@code /api/user/token/} that clients still call).
 */
@Path("user")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AccessControl.ANY_SIGNED_IN)
public class CurrentUserResource {

    record GroupRef(long pk, String name) {
    }

    /** A user's profile as InvenTree shows it; these are the values of a user with no stored profile. */
    record Profile(String language, Object theme, Object widgets, String displayname, String position,
            String status, String location, boolean active, String contact, String type, String organisation,
            @JsonProperty("primary_group") Long primaryGroup) {
        static Profile defaults() {
            return new Profile(null, null, null, null, null, null, null, true, null, "internal", null, null);
        }
    }

    record Me(long pk, String username, @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName, String email, List<GroupRef> groups,
            @JsonProperty("is_staff") boolean staff, @JsonProperty("is_superuser") boolean superuser,
            @JsonProperty("is_active") boolean active, Profile profile, Map<String, List<String>> roles,
            Map<String, List<String>> permissions) {
    }

    record Roles(long user, String username, Map<String, List<String>> roles, Map<String, List<String>> permissions,
            @JsonProperty("is_staff") boolean staff, @JsonProperty("is_superuser") boolean superuser) {
    }

    record Token(String token, String name, LocalDate expiry) {
    }

    @Inject
    UserDirectory users;

    @Inject
    ApiTokens tokens;

    @Context
    SecurityContext security;

    @GET
    @Path("me")
    @Transactional
    public Me me() {
        User user = caller();
        List<GroupRef> groups = user.getGroups().stream()
                .sorted(Comparator.comparing(Group::getName))
                .map(group -> new GroupRef(group.getId(), group.getName()))
                .toList();
        return new Me(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(), user.getEmail(),
                groups, user.isStaff(), user.isSuperuser(), user.isActive(), Profile.defaults(), roles(user), null);
    }

    @GET
    @Path("me/roles")
    public Roles roles() {
        User user = caller();
        return new Roles(user.getId(), user.getUsername(), roles(user), null, user.isStaff(), user.isSuperuser());
    }

    @GET
    @Path("me/token")
    public Token token(@QueryParam("name") String name) {
        ApiTokens.Grant grant = tokens.issue(caller(), name);
        return new Token(grant.token(), grant.name(), grant.expiry());
    }

    /** The path InvenTree clients before API version 300 or so call for a token. */
    @GET
    @Path("token")
    public Token legacyToken(@QueryParam("name") String name) {
        return token(name);
    }

    /** Per role, the permissions the caller holds there (null where none), as InvenTree reports them. */
    private Map<String, List<String>> roles(User user) {
        Set<String> granted = users.securityRoles(user);
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            List<String> permissions = java.util.Arrays.stream(Permission.values())
                    .filter(permission -> user.isSuperuser() || granted.contains(role.grant(permission)))
                    .map(Permission::key)
                    .toList();
            roles.put(role.key(), permissions.isEmpty() ? null : permissions);
        }
        return roles;
    }

    private User caller() {
        return users.byUsername(security.getUserPrincipal().getName())
                .orElseThrow(() -> new NotAuthorizedException("Token"));
    }
}
