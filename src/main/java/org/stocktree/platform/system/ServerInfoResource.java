package org.stocktree.platform.system;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.stocktree.platform.jobs.WorkerStatus;
import org.stocktree.platform.rest.ServerRole;

/**
 * {@code GET /api/}: who this server is. Open to everyone, because clients call it before signing
 * in to check they talk to an InvenTree-compatible server of the right API version; the facts
 * about the installation itself are shown to staff only.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ServerInfoResource {

    record Customize(String logo, String splash, @JsonProperty("login_message") String loginMessage,
            @JsonProperty("navbar_message") String navbarMessage,
            @JsonProperty("disable_theme_storage") boolean disableThemeStorage) {
    }

    record Settings(@JsonProperty("sso_registration") boolean ssoRegistration,
            @JsonProperty("registration_enabled") boolean registrationEnabled,
            @JsonProperty("password_forgotten_enabled") boolean passwordForgottenEnabled) {
    }

    record Info(String server, String id, String version, String instance,
            @JsonProperty("apiVersion") int apiVersion,
            @JsonProperty("worker_running") boolean workerRunning,
            @JsonProperty("worker_count") int workerCount,
            @JsonProperty("worker_pending_tasks") long workerPendingTasks,
            @JsonProperty("plugins_enabled") boolean pluginsEnabled,
            @JsonProperty("plugins_install_disabled") boolean pluginsInstallDisabled,
            @JsonProperty("active_plugins") List<Object> activePlugins,
            @JsonProperty("email_configured") boolean emailConfigured,
            @JsonProperty("debug_mode") boolean debugMode,
            @JsonProperty("docker_mode") boolean dockerMode,
            @JsonProperty("default_locale") String defaultLocale,
            Customize customize,
            @JsonProperty("system_health") Boolean systemHealth,
            String database, String platform, String installer, String target,
            @JsonProperty("django_admin") String djangoAdmin,
            Settings settings) {
    }

    @Inject
    ServerStatus status;

    @Inject
    WorkerStatus workers;

    @Inject
    SiteIdentity site;

    @Context
    SecurityContext security;

    @GET
    @PermitAll
    public Info info() {
        boolean staff = security.isUserInRole(ServerRole.STAFF);
        WorkerStatus.Worker worker = workers.current();
        return new Info(ServerVersion.SERVER_NAME, site.announcedId().orElse(null), ServerVersion.version(),
                site.instanceName(),
                ServerVersion.API_VERSION, worker.running(), worker.threads(), worker.pendingTasks(),
                false, true, List.of(), false, false, false, "en",
                new Customize("", "", null, null, false), // no custom logo or splash image
                staff ? worker.running() : null,
                staff ? status.database() : null,
                staff ? status.platform() : null,
                staff ? "WAR" : null,
                null,
                null,
                new Settings(false, false, false));
    }
}
