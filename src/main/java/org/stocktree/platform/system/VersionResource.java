package org.stocktree.platform.system;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.stocktree.platform.rest.ServerRole;

/** {@code GET /api/version/}: the server's version details, for staff. */
@Path("version")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {

    record Version(String server, int api, @JsonProperty("commit_hash") String commitHash,
            @JsonProperty("commit_date") String commitDate, @JsonProperty("commit_branch") String commitBranch,
            String python, String django) {
    }

    record Links(String doc, String code, String app, String bug) {
    }

    record VersionView(boolean dev, @JsonProperty("up_to_date") boolean upToDate, Version version, Links links) {
    }

    @GET
    @RolesAllowed(ServerRole.STAFF)
    public VersionView version() {
        // InvenTree reports its Python and Django versions; the equivalents here are the Java
        // runtime and the application server.
        Version version = new Version(ServerVersion.version(), ServerVersion.API_VERSION, "", "", null,
                "Java " + Runtime.version(), applicationServer());
        Links links = new Links("https://docs.inventree.org/en/latest/api/", "https://github.com/inventree/InvenTree",
                "https://docs.inventree.org/en/latest/app/", "https://github.com/inventree/InvenTree/issues");
        return new VersionView(ServerVersion.development(), true, version, links);
    }

    /** The application server's product name and version, as its management model reports them. */
    static String applicationServer() {
        try {
            var server = ManagementFactory.getPlatformMBeanServer();
            var root = new ObjectName("jboss.as:management-root=server");
            return server.getAttribute(root, "productName") + " " + server.getAttribute(root, "productVersion");
        } catch (Exception notWildFly) {
            return "unknown";
        }
    }
}
