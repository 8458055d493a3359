package org.stocktree.common.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stocktree.platform.rest.FieldErrors;

/**
 * What one setting is and which values it accepts: an entry of the catalogue.
 *
 * <p>Values are text, as InvenTree stores them: booleans as {@code True}/{@code False}, integers in
 * decimal. {@link #accept} turns what a client or a feature sends into that text, or refuses it
 * with a 400 naming the field {@code value}.
 *
 * @param key the setting's key, upper case ({@code PART_COMPONENT})
 * @param defaultText the value of a setting never written
 * @param fixedChoices the accepted values of a choice setting with a fixed list, else empty
 * @param choiceSource where the choices come from when they depend on the installation, else null
 * @param min the smallest integer accepted, or null
 * @param max the largest integer accepted, or null
 * @param check a further rule on the value, or null
 * @param model for a setting naming a stored object ({@code related field}): the object's model
 *     ({@code auth.group}), else null
 * @param apiUrl for such a setting: the list endpoint of the objects it names, else null
 * @param required whether a blank value is refused
 * @param secret whether the value is secret: clients are shown {@code ***} instead
 * @param confirm whether a client must ask the user to confirm a change
 * @param requiresRestart whether a change takes effect only after the server restarts
 */
public record SettingDefinition(String key, String name, String description, String defaultText, String units,
        SettingType type, List<Choice> fixedChoices, ChoiceSource choiceSource, Long min, Long max, ValueCheck check,
        String model, String apiUrl, boolean required, boolean secret, boolean confirm, String confirmText,
        boolean requiresRestart) {

    /** The longest value stored (the column's width). */
    public static final int MAX_LENGTH = 2000;

    /** What a secret value is shown as. */
    public static final String HIDDEN_VALUE = "***";

    public SettingDefinition {
        fixedChoices = List.copyOf(fixedChoices);
        confirmText = confirmText == null ? "" : confirmText;
        units = units == null ? "" : units;
    }

    /**
     * The stored text for a value a client or a feature sends, checked against the setting's type
     * and rules; a 400 {@code {"value": [...]}} when refused.
     */
    public String accept(String sent, SettingContext context) {
        if (sent == null) {
            throw refused("This field may not be null.");
        }
        if (sent.length() > MAX_LENGTH) {
            throw refused("Ensure this field has no more than " + MAX_LENGTH + " characters.");
        }
        if (required && sent.isBlank()) {
            throw refused("This field may not be blank.");
        }
        String text = switch (type) {
            case BOOLEAN -> parseBoolean(sent).map(SettingDefinition::booleanText)
                    .orElseThrow(() -> refused("Must be a valid boolean."));
            case INTEGER -> String.valueOf(acceptInteger(sent));
            case RELATED -> acceptReference(sent);
            case CHOICE -> acceptChoice(sent, context);
            case STRING -> sent;
        };
        if (check != null) {
            check.problem(text, context).ifPresent(problem -> {
                throw refused(problem);
            });
        }
        return text;
    }

    /**
     * The stored text for a value exported from InvenTree: what {@link #accept} makes of it when
     * the rules allow it, else the value as it is (cut to the column's width), so that an import
     * loses nothing; reads of such a value fall back to the default where the type needs it.
     */
    public String imported(String exported, SettingContext context) {
        String raw = exported == null ? "" : exported;
        try {
            return accept(raw, context);
        } catch (FieldErrors refused) {
            return raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw;
        }
    }

    /** The values a choice setting accepts, with their display names; empty for other settings. */
    public List<Choice> choices(SettingContext context) {
        return choiceSource != null ? choiceSource.choices(context) : fixedChoices;
    }

    /** The stored text as a boolean; text that is not one reads as the default. */
    public boolean asBoolean(String text) {
        return parseBoolean(text).orElseGet(() -> parseBoolean(defaultText).orElse(false));
    }

    /** The stored text as a whole number; text that is not one reads as the default (0 if none). */
    public long asInteger(String text) {
        return parseInteger(text).orElseGet(() -> parseInteger(defaultText).orElse(0L));
    }

    /** The value as clients see it: a secret one that is set shows as {@code ***}. */
    public String shown(String text) {
        return secret && !text.isEmpty() ? HIDDEN_VALUE : text;
    }

    /**
     * Whether a value sent leaves the setting as it is: clients send back the {@code ***} they
     * were shown for a secret setting, which must not become its value.
     */
    public boolean keepsSecret(String sent) {
        return secret && HIDDEN_VALUE.equals(sent);
    }

    /** {@code True}/{@code False}, the way InvenTree writes booleans. */
    public static String booleanText(boolean value) {
        return value ? "True" : "False";
    }

    /** InvenTree's spellings of true and false; anything else is not a boolean. */
    static Optional<Boolean> parseBoolean(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "1", "y", "yes", "t", "true", "on", "ok" -> Optional.of(true);
            case "0", "n", "no", "none", "f", "false", "off" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static Optional<Long> parseInteger(String text) {
        if (text == null || !text.strip().matches("[+-]?[0-9]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    private long acceptInteger(String sent) {
        long value = parseInteger(sent).orElseThrow(() -> refused("A valid integer is required."));
        if (min != null && value < min) {
            throw refused("Ensure this value is greater than or equal to " + min + ".");
        }
        if (max != null && value > max) {
            throw refused("Ensure this value is less than or equal to " + max + ".");
        }
        return value;
    }

    private String acceptReference(String sent) {
        String id = sent.strip();
        if (id.isEmpty()) {
            return id;
        }
        if (!id.matches("[0-9]+")) {
            throw refused("Incorrect type. Expected pk value, received str.");
        }
        return id;
    }

    /**
     * One of the choices. The empty value is also accepted where it is the default (no printer
     * chosen yet); a setting without any choices to offer accepts any value, as InvenTree does.
     */
    private String acceptChoice(String sent, SettingContext context) {
        List<Choice> choices = choices(context);
        boolean listed = choices.stream().anyMatch(choice -> choice.value().equals(sent));
        if (!listed && !choices.isEmpty() && !(sent.isEmpty() && defaultText.isEmpty())) {
            throw refused("\"" + sent + "\" is not a valid choice.");
        }
        return sent;
    }

    private static FieldErrors refused(String message) {
        return FieldErrors.of("value", message);
    }
}
