package org.stocktree.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stocktree.platform.rest.FieldErrors;

class FixtureReaderTest {

    private static final String YAML = """
            - model: auth.User
              pk: 3
              fields:
                username: "alan"
                is_active: false
                date_joined: 2024-05-01 10:00:00.123456+00:00
                groups:
                  - 1
                  - ["Sales"]
            - model: part.part
              pk: 7
              fields:
                quantity: 0.1
                name: 2024-05-01
            """;

    @Test
    void readsYamlAsJsonWouldBeRead() {
        List<FixtureRecord> records = FixtureReader.read(YAML, FixtureReader.Format.YAML, "users.yaml");

        assertThat(records).hasSize(2);
        FixtureRecord user = records.get(0);
        assertThat(user.model()).isEqualTo("auth.user");
        assertThat(user.id()).isEqualTo(3);
        assertThat(user.text("username")).isEqualTo("alan");
        assertThat(user.bool("is_active")).isFalse();
        assertThat(user.dateTime("date_joined")).isEqualTo(OffsetDateTime.parse("2024-05-01T10:00:00.123456Z"));
        assertThat(user.list("groups")).hasSize(2);
        assertThat(user.list("groups").get(1).get(0).asText()).isEqualTo("Sales");
        assertThat(user.describe()).isEqualTo("auth.user pk 3 (users.yaml, record 1)");

        FixtureRecord part = records.get(1);
        assertThat(part.fields().get("quantity").decimalValue()).isEqualTo(new BigDecimal("0.1"));
        assertThat(part.text("name")).as("a date-like value stays text").isEqualTo("2024-05-01");
    }

    @Test
    void aYamlStreamOfSeveralDocumentsIsOneFixture() {
        String stream = "- {model: auth.group, pk: 1, fields: {name: A}}\n---\n"
                + "[{\"model\": \"auth.group\", \"pk\": 2, \"fields\": {\"name\": \"B\"}}]\n---\n";
        List<FixtureRecord> records = FixtureReader.read(stream, FixtureReader.Format.YAML, "body");
        assertThat(records).extracting(FixtureRecord::position).containsExactly(1, 2);
        assertThat(records).extracting(record -> record.text("name")).containsExactly("A", "B");
    }

    @Test
    void readsJson() {
        List<FixtureRecord> records = FixtureReader.read("[{\"model\": \"auth.user\", \"pk\": 1, \"fields\": "
                + "{\"username\": \"sue\", \"last_login\": \"2024-05-01T10:00:00Z\", \"score\": 1.10}}]",
                FixtureReader.Format.JSON, "dump.json");
        assertThat(records.get(0).dateTime("last_login")).isEqualTo(OffsetDateTime.parse("2024-05-01T10:00:00Z"));
        assertThat(records.get(0).fields().get("score").decimalValue()).isEqualByComparingTo(new BigDecimal("1.10"));
    }

    @Test
    void malformedContentIsRejectedNamingTheSource() {
        assertThat(message(() -> FixtureReader.read("- model: [unclosed", FixtureReader.Format.YAML, "a.yaml")))
                .startsWith("a.yaml: not valid YAML");
        assertThat(message(() -> FixtureReader.read("{\"model\": 1", FixtureReader.Format.JSON, "b.json")))
                .startsWith("b.json: not valid JSON");
        assertThat(message(() -> FixtureReader.read("{}", FixtureReader.Format.JSON, "c.json")))
                .isEqualTo("c.json: a fixture is a list of records ({model, pk, fields})");
        assertThat(message(() -> FixtureReader.read("- pk: 1", FixtureReader.Format.YAML, "d.yaml")))
                .isEqualTo("d.yaml, record 1: a record needs a model label such as \"auth.user\"");
        assertThat(message(() -> FixtureReader.read("- {model: a.b, fields: [1]}", FixtureReader.Format.YAML, "e")))
                .isEqualTo("e, record 1: 'fields' must be a mapping of field names to values");
    }

    @Test
    void onlySafeYamlTypesAreBuilt() {
        assertThat(message(() -> FixtureReader.read("- !!java.io.File [\"/etc\"]", FixtureReader.Format.YAML, "x")))
                .startsWith("x: not valid YAML");
    }

    @Test
    void typedFieldsRejectValuesOfTheWrongKind() {
        FixtureRecord record = FixtureReader.read("- {model: auth.user, pk: -1, fields: {is_staff: 'yes please', "
                + "groups: 3, username: [a], date_joined: soon, first_name: abcdef}}", FixtureReader.Format.YAML, "f")
                .get(0);
        assertThatThrownBy(record::id).isInstanceOf(RecordRejected.class).hasMessage("the pk must be a positive whole number");
        assertThatThrownBy(() -> record.bool("is_staff")).hasMessage("field 'is_staff' must be true or false");
        assertThatThrownBy(() -> record.list("groups")).hasMessage("field 'groups' must be a list");
        assertThatThrownBy(() -> record.text("username")).hasMessage("field 'username' must be text");
        assertThatThrownBy(() -> record.dateTime("date_joined")).hasMessage("field 'date_joined' is not a date and time: soon");
        assertThatThrownBy(() -> record.text("first_name", 5)).hasMessage("field 'first_name' is longer than 5 characters");
        assertThat(record.text("absent")).isNull();
        assertThat(record.has("absent")).isFalse();
    }

    @Test
    void aDateTimeWithoutOffsetIsUtc() {
        FixtureRecord record = FixtureReader.read("- {model: a.b, pk: 1, fields: {at: '2024-05-01 10:00:00'}}",
                FixtureReader.Format.YAML, "g").get(0);
        assertThat(record.dateTime("at")).isEqualTo(OffsetDateTime.parse("2024-05-01T10:00:00Z"));
    }

    @Test
    void formatsFollowFileNames() {
        assertThat(FixtureReader.Format.ofFileName("01-users.YAML")).contains(FixtureReader.Format.YAML);
        assertThat(FixtureReader.Format.ofFileName("x.yml")).contains(FixtureReader.Format.YAML);
        assertThat(FixtureReader.Format.ofFileName("dump.json")).contains(FixtureReader.Format.JSON);
        assertThat(FixtureReader.Format.ofFileName("users.yaml.imported")).isEmpty();
    }

    private static String message(Runnable action) {
        try {
            action.run();
        } catch (FieldErrors errors) {
            return errors.errors().get(FieldErrors.NON_FIELD_ERRORS).get(0);
        }
        throw new AssertionError("no error");
    }
}
