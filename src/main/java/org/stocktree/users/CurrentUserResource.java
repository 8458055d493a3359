package org.stocktree.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
    public Me replace(UserJson.Input input) {
        accounts.updateSelf(caller(), input == null ? new UserJson.Input(null, null, null, null, null, null, null, null)
                : input);
        return me();
    }

    @PATCH
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    public Me update(UserJson.Input input) {
        return replace(input);
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
    public UserJson.Profile replaceProfile(UserJson.ProfileInput input) {
        UserJson.ProfileInput given = input == null
                ? new UserJson.ProfileInput(null, null, null, null, null, null, null, null, null, null, null, null) : input;
        return UserJson.Profile.of(accounts.updateProfile(caller(), given.changes()));
    }

    @PATCH
    @Path("profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public UserJson.Profile updateProfile(UserJson.ProfileInput input) {
        return replaceProfile(input);
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
