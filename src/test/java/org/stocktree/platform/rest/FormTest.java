package org.stocktree.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading request bodies through a form: DRF's rules and messages, every error at once. */
class FormTest {

    private static final Form FORM = Form.of("Widget", "Test widgets.", "widget",
            FormField.readOnly("pk", FormField.Type.INTEGER),
            FormField.text("name", 10).required(),
            FormField.text("note", 20).blank().nullable(),
            FormField.bool("active").defaultValue(true),
            FormField.integer("count").min(1).max(5),
            FormField.of("price", FormField.Type.DECIMAL),
            FormField.of("due", FormField.Type.DATE),
            FormField.of("email", FormField.Type.EMAIL).blank(),
            FormField.choice("kind", List.of(new FormField.Choice(10, "Big"), new FormField.Choice(20, "Small"))),
            FormField.ids("members"));

    @Test
    void readsAndConvertsWhatWasSent() {
        FormValues values = FORM.read(json("""
                {"pk": 99, "name": "  bolt ", "active": "yes", "count": "3", "price": 1.10, "due": "2026-12-01",
                 "kind": "20", "members": [1, "2"], "unknown": 1}"""), Form.Mode.CREATE, null);
        assertThat(values.text("name", null)).isEqualTo("bolt");
        assertThat(values.bool("active", null)).isTrue();
        assertThat(values.integer("count", null)).isEqualTo(3L);
        assertThat(values.decimal("price", null)).isEqualByComparingTo(new BigDecimal("1.10"));
        assertThat(values.<Object>get("due", null)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(values.<Object>get("kind", null)).isEqualTo(20);
        assertThat(values.<Object>get("members", null)).isEqualTo(List.of(1L, 2L));
        assertThat(values.has("pk")).as("read-only fields are ignored").isFalse();
        assertThat(values.has("note")).as("absent differs from cleared").isFalse();
    }

    @Test
    void collectsEveryFieldsErrorsWithDrfMessages() {
        assertThatThrownBy(() -> FORM.read(json("""
                {"note": null, "active": "maybe", "count": 9, "price": "cheap", "due": "01/12/2026",
                 "email": "not-an-address", "kind": 30, "members": "1"}"""), Form.Mode.CREATE, null))
                .isInstanceOfSatisfying(FieldErrors.class, failure -> assertThat(failure.errors()).isEqualTo(Map.of(
                        "name", List.of("This field is required."),
                        "active", List.of("Must be a valid boolean."),
                        "count", List.of("Ensure this value is less than or equal to 5."),
                        "price", List.of("A valid number is required."),
                        "due", List.of("Date has wrong format. Use one of these formats instead: YYYY-MM-DD."),
                        "email", List.of("Enter a valid email address."),
                        "kind", List.of("\"30\" is not a valid choice."),
                        "members", List.of("Expected a list of items but got type \"str\"."))));
    }

    @Test
    void refusesBlankNullAndOverlongText() {
        assertThatThrownBy(() -> FORM.read(json("{\"name\": \"   \"}"), Form.Mode.CREATE, null))
                .isInstanceOfSatisfying(FieldErrors.class, failure -> assertThat(failure.errors())
                        .containsEntry("name", List.of("This field may not be blank.")));
        assertThatThrownBy(() -> FORM.read(json("{\"name\": null}"), Form.Mode.CREATE, null))
                .isInstanceOfSatisfying(FieldErrors.class, failure -> assertThat(failure.errors())
                        .containsEntry("name", List.of("This field may not be null.")));
        assertThatThrownBy(() -> FORM.read(json("{\"name\": \"elevenchars\"}"), Form.Mode.CREATE, null))
                .isInstanceOfSatisfying(FieldErrors.class, failure -> assertThat(failure.errors())
                        .containsEntry("name", List.of("Ensure this field has no more than 10 characters.")));
        assertThat(FORM.read(json("{\"note\": null}"), Form.Mode.PARTIAL, null).<Object>get("note", "kept")).isNull();
    }

    @Test
    void partialUpdatesNeedNoRequiredFieldsButOtherModesDo() {
        assertThat(FORM.read(json("{\"count\": 2}"), Form.Mode.PARTIAL, null).has("name")).isFalse();
        assertThatThrownBy(() -> FORM.read(json("{\"count\": 2}"), Form.Mode.REPLACE, null))
                .isInstanceOf(FieldErrors.class);
    }

    @Test
    void aBodyThatIsNotAnObjectIsAGeneralError() {
        assertThatThrownBy(() -> FORM.read(json("[1, 2]"), Form.Mode.CREATE, null))
                .isInstanceOfSatisfying(FieldErrors.class, failure -> assertThat(failure.errors())
                        .containsOnlyKeys(FieldErrors.NON_FIELD_ERRORS));
        assertThatThrownBy(() -> FORM.read(null, Form.Mode.CREATE, null)).isInstanceOf(FieldErrors.class);
    }

    @Test
    void describesFieldsAsDrfMetadata() {
        Map<String, Object> described = FORM.describe();
        assertThat(described).containsOnlyKeys("pk", "name", "note", "active", "count", "price", "due", "email",
                "kind", "members");
        assertThat(described.get("name")).isEqualTo(Map.of("type", "string", "required", true, "read_only", false,
                "label", "Name", "max_length", 10));
        assertThat(described.get("pk")).isEqualTo(Map.of("type", "integer", "required", false, "read_only", true,
                "label", "Pk"));
        @SuppressWarnings("unchecked")
        Map<String, Object> kind = (Map<String, Object>) described.get("kind");
        assertThat(kind.get("choices")).isEqualTo(List.of(Map.of("value", 10, "display_name", "Big"),
                Map.of("value", 20, "display_name", "Small")));
        @SuppressWarnings("unchecked")
        Map<String, Object> active = (Map<String, Object>) described.get("active");
        assertThat(active).containsEntry("default", true).containsEntry("type", "boolean");
    }

    @Test
    void takesAnyJsonValueForAPlainField() {
        Form form = Form.of("Thing", "Things.", null, FormField.of("data", FormField.Type.ANY).required());
        assertThat(form.read(json("{\"data\": {\"a\": [1, \"b\"]}}"), Form.Mode.CREATE, null).<Object>get("data", null))
                .isEqualTo(Map.of("a", List.of(1, "b")));
        assertThat(form.read(json("{\"data\": \"text\"}"), Form.Mode.CREATE, null).<Object>get("data", null))
                .isEqualTo("text");
        assertThatThrownBy(() -> form.read(json("{\"data\": null}"), Form.Mode.CREATE, null))
                .isInstanceOfSatisfying(FieldErrors.class, failure -> assertThat(failure.errors())
                        .containsEntry("data", List.of("This field may not be null.")));
        assertThat(form.describe().get("data")).isEqualTo(Map.of("type", "field", "required", true, "read_only", false,
                "label", "Data"));
    }

    @Test
    void refusesWholeNumbersBeyondTheirRangeWithoutFailing() {
        Form form = Form.of("Thing", "Things.", "thing", FormField.integer("wide"),
                FormField.integer("bounded").max(Long.MAX_VALUE));
        assertThatThrownBy(() -> form.read(json("{\"wide\": 1e30}"), Form.Mode.CREATE, null))
                .isInstanceOfSatisfying(FieldErrors.class, failure -> assertThat(failure.errors())
                        .containsEntry("wide", List.of("A valid integer is required.")));
        assertThatThrownBy(() -> form.read(json("{\"bounded\": \"99999999999999999999\"}"), Form.Mode.CREATE, null))
                .isInstanceOfSatisfying(FieldErrors.class, failure -> assertThat(failure.errors())
                        .containsEntry("bounded",
                                List.of("Ensure this value is less than or equal to 9223372036854775807.")));
    }

    @Test
    void checksTextAgainstTheRuleItNames() {
        Form form = Form.of("Thing", "Things.", "thing", FormField.text("code", 10).checkedBy(code ->
                code.startsWith("X") ? List.of() : List.of("Must start with X", "Really")));
        assertThat(form.read(json("{\"code\": \"X1\"}"), Form.Mode.CREATE, null).text("code", null)).isEqualTo("X1");
        assertThatThrownBy(() -> form.read(json("{\"code\": \"Y1\"}"), Form.Mode.CREATE, null))
                .isInstanceOfSatisfying(FieldErrors.class, failure -> assertThat(failure.errors())
                        .containsEntry("code", List.of("Must start with X", "Really")));
    }

    @Test
    void describesTheColumnLengthOfAChoice() {
        FormField status = FormField.choice("status", List.of(new FormField.Choice("A", "A"))).maxLength(250);
        assertThat(status.describe()).containsEntry("max_length", 250).containsEntry("type", "choice");
    }

    @Test
    void convertsCheckedValuesToARequestRecord() {
        record Input(String name, Long count) {
        }
        assertThat(FORM.read(json("{\"name\": \"nut\", \"count\": 4}"), Form.Mode.CREATE, null).as(Input.class))
                .isEqualTo(new Input("nut", 4L));
    }

    private static JsonNode json(String text) {
        try {
            return JsonMapping.mapper().readTree(text);
        } catch (java.io.IOException broken) {
            throw new IllegalArgumentException(broken);
        }
    }
}
