package org.stocktree.platform.system;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code GET /api/system/health/}: for load balancers and monitors. It answers "ok" once the
 * application is deployed: schema migration and start-up work finish before any request is served.
 */
@Path("system/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @GET
    @PermitAll
    public Map<String, String> health() {
        return Map.of("status", "ok");
    }
}
