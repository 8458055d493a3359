package org.stocktree.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.stocktree.platform.persistence.ListQuery;
import com.fasterxml.jackson.databind.JsonNode;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.Submits;

/**
 * {@code /api/user/tokens/}: a user's own API tokens. The key is shown in full only when a token
 * is created; lists show its first characters. Deleting a token revokes it. Superusers may see
 * every user's tokens with {@code all_users=true}.
 */
@Path("user/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(AccessControl.ANY_SIGNED_IN)
@Transactional
public class ApiTokenResource {

    private static final Map<String, String> ORDERING = Map.of("created", "created", "expiry", "expiry",
            "last_seen", "lastSeen", "user", "user.username", "name", "name", "revoked", "revoked");

    record TokenInput(String name, LocalDate expiry) {
    }

    static final Form FORM = Form.of("Api Token", "Named keys for signing in to the API.", "apitoken",
            FormField.readOnly("id", FormField.Type.INTEGER).label("ID"),
            FormField.readOnly("created", FormField.Type.DATETIME),
            FormField.of("expiry", FormField.Type.DATE).nullable().label("Expiry date")
                    .help("Token expiry date"),
            FormField.readOnly("last_seen", FormField.Type.DATE),
            FormField.text("name", 100).required().label("Token name").help("Custom token name"),
            FormField.readOnly("token", FormField.Type.STRING),
            FormField.readOnly("active", FormField.Type.BOOLEAN),
            FormField.readOnly("revoked", FormField.Type.BOOLEAN),
            FormField.readOnly("user", FormField.Type.INTEGER),
            FormField.readOnly("user_detail", FormField.Type.OBJECT),
            FormField.readOnly("in_use", FormField.Type.BOOLEAN));

    record TokenRow(long id, OffsetDateTime created, LocalDate expiry, @JsonProperty("last_seen") LocalDate lastSeen,
            String name, String token, boolean active, boolean revoked, long user,
            @JsonProperty("user_detail") UserJson.Brief userDetail, @JsonProperty("in_use") boolean inUse) {
    }

    @Inject
    ApiTokens tokens;

    @Inject
    TokenKeys keys;

    @Inject
    UserDirectory users;

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    public Object list(@QueryParam("ordering") String ordering) {
        QueryFilters filters = QueryFilters.of(uri);
        ListQuery<ApiToken> query = visible(filters).including("user").search(QueryFilters.of(uri).search(), "name")
                .orderBy(ordering, ORDERING, "-created");
        filters.bool("revoked").ifPresent(value -> query.filter((builder, root) -> builder.equal(root.get("revoked"), value)));
        filters.id("user").ifPresent(user -> query.filter((builder, root) -> builder.equal(root.get("user").get("id"), user)));
        return Page.of(uri, query, token -> row(token, false));
    }

    @POST
    @Submits
    public Response create(JsonNode body) {
        TokenInput input = FORM.read(body, Form.Mode.CREATE, em).as(TokenInput.class);
        if (input.expiry() != null && input.expiry().isBefore(LocalDate.now())) {
            throw FieldErrors.of("expiry", "Expiry date cannot be in the past");
        }
        ApiToken token = tokens.create(caller(), input.name(), input.expiry());
        return Response.status(Response.Status.CREATED).entity(row(token, true)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public TokenRow detail(@PathParam("id") long id) {
        return row(find(id), false);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response revoke(@PathParam("id") long id) {
        find(id).revoke();
        return Response.noContent().build();
    }

    /** The caller's own tokens, or everyone's for a superuser who asks with {@code all_users}. */
    private ListQuery<ApiToken> visible(QueryFilters filters) {
        ListQuery<ApiToken> query = ListQuery.of(em, ApiToken.class);
        boolean everyone = filters.bool("all_users").orElse(false) && caller().isSuperuser();
        if (!everyone) {
            String username = security.getUserPrincipal().getName();
            query.filter((builder, root) -> builder.equal(root.get("user").get("username"), username));
        }
        return query;
    }

    private ApiToken find(long id) {
        return visible(QueryFilters.of(uri)).filter((builder, root) -> builder.equal(root.get("id"), id))
                .fetch(1, 0).stream().findFirst().orElseThrow(NotFoundException::new);
    }

    private TokenRow row(ApiToken token, boolean reveal) {
        String key = keys.key(token);
        String header = request.getHeader("Authorization");
        boolean inUse = header != null && header.strip().endsWith(key);
        return new TokenRow(token.getId(), token.getCreated(), token.getExpiry(), token.getLastSeen(), token.getName(),
                reveal ? key : key.substring(0, 8) + "*".repeat(key.length() - 8), token.isActive(), token.isRevoked(),
                token.getUser().getId(), UserJson.Brief.of(token.getUser()), inUse);
    }

    private User caller() {
        return users.caller(security);
    }
}
