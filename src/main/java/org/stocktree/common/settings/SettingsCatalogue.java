package org.stocktree.common.settings;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.stocktree.platform.rest.JsonMapping;

/**
 * Every setting there is: InvenTree's global and user settings, read once from the resource
 * {@code catalogue.json} beside this class, in the order InvenTree defines them.
 *
 * <p>Each entry holds the setting's name, description, default and units (InvenTree's, from its
 * settings list) and its type, choices and rules: {@code "type"} ({@code boolean},
 * {@code integer}, {@code string}, {@code choice}, {@code related field}), {@code "min"},
 * {@code "max"}, {@code "choices"} (a list of {@code {value, display_name}}, or the name of a
 * {@link ChoiceSource} computed at run time), {@code "check"} (a {@link ValueCheck}),
 * {@code "model"} and {@code "api_url"}, and the flags {@code "required"}, {@code "protected"},
 * {@code "confirm"} (with {@code "confirm_text"}) and {@code "requires_restart"}.
 */
public final class SettingsCatalogue {

    private static final SettingsCatalogue INSTANCE = read(SettingsCatalogue.class.getResourceAsStream("catalogue.json"));

    private final Map<String, SettingDefinition> global;
    private final Map<String, SettingDefinition> user;

    private SettingsCatalogue(Map<String, SettingDefinition> global, Map<String, SettingDefinition> user) {
        this.global = Collections.unmodifiableMap(global);
        this.user = Collections.unmodifiableMap(user);
    }

    public static SettingsCatalogue instance() {
        return INSTANCE;
    }

    /** The global settings, by key, in catalogue order. */
    public Map<String, SettingDefinition> global() {
        return global;
    }

    /** The settings each user has, by key, in catalogue order. */
    public Map<String, SettingDefinition> user() {
        return user;
    }

    /** The global setting of that key, in any letter case. */
    public Optional<SettingDefinition> globalSetting(String key) {
        return Optional.ofNullable(key == null ? null : global.get(key.toUpperCase(Locale.ROOT)));
    }

    /** The user setting of that key, in any letter case. */
    public Optional<SettingDefinition> userSetting(String key) {
        return Optional.ofNullable(key == null ? null : user.get(key.toUpperCase(Locale.ROOT)));
    }

    /**
     * The id reported for a setting that has no stored row: minus its place in its section, so
     * that it is distinct from every other setting's and from every row id.
     */
    public long unwrittenPk(SettingDefinition definition) {
        Map<String, SettingDefinition> section = global.get(definition.key()) == definition ? global : user;
        long place = 1;
        for (String key : section.keySet()) {
            if (key.equals(definition.key())) {
                return -place;
            }
            place++;
        }
        throw new IllegalArgumentException("Not in the catalogue: " + definition.key());
    }

    static SettingsCatalogue read(InputStream json) {
        if (json == null) {
            throw new IllegalStateException("The settings catalogue resource is missing");
        }
        try (InputStream in = json) {
            JsonNode root = JsonMapping.mapper().readTree(in);
            return new SettingsCatalogue(section(root.path("global")), section(root.path("user")));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The settings catalogue cannot be read", unreadable);
        }
    }

    private static Map<String, SettingDefinition> section(JsonNode entries) {
        Map<String, SettingDefinition> definitions = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : entries.properties()) {
            try {
                definitions.put(field.getKey(), definition(field.getKey(), field.getValue()));
            } catch (RuntimeException malformed) {
                throw new IllegalStateException("Setting " + field.getKey() + " in the catalogue: "
                        + malformed.getMessage(), malformed);
            }
        }
        return definitions;
    }

    private static SettingDefinition definition(String key, JsonNode entry) {
        JsonNode choices = entry.path("choices");
        List<Choice> fixed = new ArrayList<>();
        if (choices.isArray()) {
            choices.forEach(choice -> fixed.add(new Choice(choice.path("value").asText(),
                    choice.path("display_name").asText())));
        }
        return new SettingDefinition(key,
                entry.path("name").asText(),
                entry.path("description").asText(),
                entry.path("default").asText(""),
                entry.path("units").asText(""),
                SettingType.fromWireName(entry.path("type").asText()),
                fixed,
                choices.isTextual() ? ChoiceSource.named(choices.asText()) : null,
                entry.hasNonNull("min") ? entry.get("min").asLong() : null,
                entry.hasNonNull("max") ? entry.get("max").asLong() : null,
                entry.hasNonNull("check") ? ValueCheck.named(entry.get("check").asText()) : null,
                entry.hasNonNull("model") ? entry.get("model").asText() : null,
                entry.hasNonNull("api_url") ? entry.get("api_url").asText() : null,
                entry.path("required").asBoolean(false),
                entry.path("protected").asBoolean(false),
                entry.path("confirm").asBoolean(false),
                entry.path("confirm_text").asText(""),
                entry.path("requires_restart").asBoolean(false));
    }
}
