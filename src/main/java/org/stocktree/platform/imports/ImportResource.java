package org.stocktree.platform.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.stocktree.platform.rest.ServerRole;

/**
 * {@code POST /api/system/import/}: a superuser loads InvenTree data into the running server. The
 * body is a fixture (Django's {@code dumpdata} output), JSON or YAML by its Content-Type; the
 * answer is the {@link ImportReport}. Not part of InvenTree's API, which has no such endpoint.
 */
@Path("system/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class ImportResource {

    @Inject
    DataImport dataImport;

    @Context
    HttpHeaders headers;

    @POST
    @RolesAllowed(ServerRole.SUPERUSER)
    @Consumes({MediaType.APPLICATION_JSON, "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"})
    public ImportReport load(String body) {
        boolean json = MediaType.APPLICATION_JSON_TYPE.isCompatible(headers.getMediaType());
        FixtureReader.Format format = json ? FixtureReader.Format.JSON : FixtureReader.Format.YAML;
        return dataImport.run(FixtureReader.read(body == null ? "" : body, format, "request body"), false);
    }
}
