package org.stocktree.common.settings;

import com.fasterxml.jackson.databind.JsonNode;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;

/**
 * What a client may send for a global or user setting: only its {@code value}, as text whatever
 * JSON type it comes in; the setting's own type then checks it ({@link SettingDefinition}).
 */
final class SettingForm {

    static final Form FORM = Form.of("Setting", "One setting: its value, checked by the setting's type.",
            "inventreesetting",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.readOnly("key", FormField.Type.STRING),
            FormField.anyText("value", SettingDefinition.MAX_LENGTH).blank().nullable().required()
                    .help("Value of the setting"),
            FormField.readOnly("name", FormField.Type.STRING),
            FormField.readOnly("description", FormField.Type.STRING),
            FormField.readOnly("type", FormField.Type.STRING),
            FormField.readOnly("units", FormField.Type.STRING),
            FormField.readOnly("choices", FormField.Type.LIST),
            FormField.readOnly("model_name", FormField.Type.STRING),
            FormField.readOnly("api_url", FormField.Type.STRING),
            FormField.readOnly("typ", FormField.Type.STRING),
            FormField.readOnly("read_only", FormField.Type.BOOLEAN));

    private SettingForm() {
    }

    /** The value a client sent: {@code given} false when a partial update left it out. */
    record Sent(boolean given, String text) {
    }

    /** Reads the body; a full update (PUT) must send the value, and null is passed on for the setting to refuse. */
    static Sent read(JsonNode body, boolean full) {
        FormValues values = FORM.read(body, full ? Form.Mode.REPLACE : Form.Mode.PARTIAL, null);
        return new Sent(values.has("value"), values.text("value", null));
    }
}
