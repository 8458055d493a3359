package org.stocktree.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.stocktree.platform.rest.AccessControl;

/**
 * {@code GET /api/user/token/}: where InvenTree clients asked for a token before
 * {@code /api/user/me/token/} existed. Scripts and older releases of the Python client still call
 * it, so it answers the same.
 */
@Path("user/token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AccessControl.ANY_SIGNED_IN)
public class LegacyTokenResource {

    @Inject
    UserDirectory users;

    @Inject
    ApiTokens tokens;

    @Context
    SecurityContext security;

    @GET
    public CurrentUserResource.Token token(@QueryParam("name") String name) {
        return CurrentUserResource.Token.of(tokens.issue(users.caller(security), name));
    }
}
