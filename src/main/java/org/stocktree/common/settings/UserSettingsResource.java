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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.User;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/settings/user/}: the caller's own settings. Everyone signed in reads and changes
 * theirs, and only theirs: the key names a setting of the caller, so no other user's is reachable.
 */
@Path("settings/user")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(AccessControl.ANY_SIGNED_IN)
@Transactional
public class UserSettingsResource {

    /** What a client may send: the value only (see SettingForm). */
    static final Form FORM = SettingForm.FORM;

    record Row(long pk, String key, String value, String name, String description, long user, String type,
            String units, List<Choice> choices, @JsonProperty("model_name") String modelName,
            @JsonProperty("api_url") String apiUrl, String typ, boolean confirm,
            @JsonProperty("confirm_text") String confirmText) {

        static Row of(SettingValue setting, User user, SettingContext context) {
            SettingDefinition definition = setting.definition();
            return new Row(setting.pk(), definition.key(), definition.shown(setting.text()), definition.name(),
                    definition.description(), user.getId(), definition.type().wireName(), definition.units(),
                    definition.choices(context), definition.model(), definition.apiUrl(), "user",
                    definition.confirm(), definition.confirmText());
        }
    }

    @Inject
    UserSettings settings;

    @Inject
    UserDirectory users;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    public Object list(@QueryParam("ordering") String ordering) {
        User caller = users.caller(security);
        return SettingsListing.answer(uri, settings.all(caller), ordering,
                setting -> Row.of(setting, caller, settings.context()));
    }

    @GET
    @Path("{key: \\w+}")
    public Row detail(@PathParam("key") String key) {
        User caller = users.caller(security);
        return Row.of(find(caller, key), caller, settings.context());
    }

    @PUT
    @Path("{key: \\w+}")
    @Submits
    public Row replace(@PathParam("key") String key, JsonNode body) {
        User caller = users.caller(security);
        return save(caller, find(caller, key), body, true);
    }

    @PATCH
    @Path("{key: \\w+}")
    @Submits
    public Row update(@PathParam("key") String key, JsonNode body) {
        User caller = users.caller(security);
        return save(caller, find(caller, key), body, false);
    }

    /** Reads {@code value}, the one field a client can change; PUT must send it, PATCH may leave it out. */
    private Row save(User caller, SettingValue setting, JsonNode body, boolean full) {
        SettingForm.Sent sent = SettingForm.read(body, full);
        if (!sent.given()) {
            return Row.of(setting, caller, settings.context());
        }
        return Row.of(settings.store(caller, setting.key(), sent.text()), caller, settings.context());
    }

    private SettingValue find(User caller, String key) {
        return settings.find(caller, key).filter(setting -> !SettingsListing.internal(setting.key()))
                .orElseThrow(NotFoundException::new);
    }
}
