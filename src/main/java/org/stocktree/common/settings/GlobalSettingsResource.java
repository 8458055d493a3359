package org.stocktree.common.settings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.ServerRole;
import org.stocktree.platform.rest.Submits;

/** {@code /api/settings/global/}: anyone signed in reads the global settings; staff change them. */
@Path("settings/global")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class GlobalSettingsResource {

    /** What a client may send: the value only (see SettingForm). */
    static final Form FORM = SettingForm.FORM;

    record Row(long pk, String key, String value, String name, String description, String type, String units,
            List<Choice> choices, @JsonProperty("model_name") String modelName, @JsonProperty("api_url") String apiUrl,
            String typ, @JsonProperty("read_only") boolean readOnly, boolean confirm,
            @JsonProperty("confirm_text") String confirmText) {

        static Row of(SettingValue setting, SettingContext context) {
            SettingDefinition definition = setting.definition();
            return new Row(setting.pk(), definition.key(), definition.shown(setting.text()), definition.name(),
                    definition.description(), definition.type().wireName(), definition.units(),
                    definition.choices(context), definition.model(), definition.apiUrl(), "inventree",
                    setting.readOnly(), definition.confirm(), definition.confirmText());
        }
    }

    @Inject
    GlobalSettings settings;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list(@QueryParam("ordering") String ordering) {
        return SettingsListing.answer(uri, settings.all(), ordering, setting -> Row.of(setting, settings));
    }

    @GET
    @Path("{key: \\w+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Row detail(@PathParam("key") String key) {
        return Row.of(find(key), settings);
    }

    @PUT
    @Path("{key: \\w+}")
    @Submits
    @RolesAllowed(ServerRole.STAFF)
    public Row replace(@PathParam("key") String key, JsonNode body) {
        return save(find(key), body, true);
    }

    @PATCH
    @Path("{key: \\w+}")
    @Submits
    @RolesAllowed(ServerRole.STAFF)
    public Row update(@PathParam("key") String key, JsonNode body) {
        return save(find(key), body, false);
    }

    /** Reads {@code value}, the one field a client can change; PUT must send it, PATCH may leave it out. */
    private Row save(SettingValue setting, JsonNode body, boolean full) {
        SettingForm.Sent sent = SettingForm.read(body, full);
        if (!sent.given()) {
            return Row.of(setting, settings);
        }
        return Row.of(settings.store(setting.key(), sent.text()), settings);
    }

    private SettingValue find(String key) {
        return settings.find(key).filter(setting -> !SettingsListing.internal(setting.key()))
                .orElseThrow(NotFoundException::new);
    }
}
