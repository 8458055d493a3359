package org.stocktree.common.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.JsonMapping;

/**
 * Global settings fixed by the server's configuration ({@code stocktree.global-settings}, or
 * InvenTree's {@code INVENTREE_GLOBAL_SETTINGS}): a JSON object of keys and values, such as
 * {@code {"INVENTREE_INSTANCE": "Stores", "STOCK_OWNERSHIP_CONTROL": true}}. Such settings read as
 * the configured value and cannot be changed through the API.
 *
 * <p>A mistake in the configuration must not stop the server: an unreadable object, an unknown key
 * or a value the setting refuses is logged and left out.
 */
final class SettingOverrides {

    private static final Logger LOG = Logger.getLogger(SettingOverrides.class.getName());

    private SettingOverrides() {
    }

    /** The fixed settings, by key, each value as the setting stores it. */
    static Map<String, String> parse(String json, SettingsCatalogue catalogue, SettingContext context) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        JsonNode object;
        try {
            object = JsonMapping.mapper().readTree(json);
        } catch (JsonProcessingException unreadable) {
            LOG.severe(() -> "stocktree.global-settings is not JSON and is ignored: " + unreadable.getOriginalMessage());
            return Map.of();
        }
        if (!object.isObject()) {
            LOG.severe("stocktree.global-settings must be a JSON object of setting keys and values; it is ignored");
            return Map.of();
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            Optional<SettingDefinition> definition = catalogue.globalSetting(field.getKey());
            if (definition.isEmpty()) {
                LOG.warning(() -> "stocktree.global-settings names no known setting: " + field.getKey());
                continue;
            }
            JsonNode value = field.getValue();
            String text = value.isValueNode() ? value.asText() : value.toString();
            try {
                fixed.put(definition.get().key(), definition.get().accept(value.isNull() ? null : text, context));
            } catch (FieldErrors refused) {
                LOG.warning(() -> "stocktree.global-settings: " + field.getKey() + " is ignored, "
                        + refused.errors().get("value"));
            }
        }
        return Collections.unmodifiableMap(fixed);
    }
}
