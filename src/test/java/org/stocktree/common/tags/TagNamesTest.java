package org.stocktree.common.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.stocktree.platform.rest.FieldErrors;

/** Tag names, their slugs, and the {@code tags} field clients send. */
class TagNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void slugsAreLowerCaseWordsJoinedByHyphens() {
        assertThat(Tag.slugOf("Red Paint")).isEqualTo("red-paint");
        assertThat(Tag.slugOf("  Red,  paint! ")).isEqualTo("red-paint");
        assertThat(Tag.slugOf("M3 -- screw_set")).isEqualTo("m3-screw_set");
        assertThat(Tag.slugOf("Größe ½")).isEqualTo("größe-12");
        assertThat(Tag.slugOf("-_edge_-")).isEqualTo("edge");
        assertThat(Tag.slugOf("x".repeat(100))).hasSize(96);
    }

    @Test
    void namesMustBeGivenAndFit() {
        assertThat(Tag.checkedName("  spaced ")).isEqualTo("spaced");
        assertThatThrownBy(() -> Tag.checkedName(null)).isInstanceOf(FieldErrors.class)
                .extracting(error -> ((FieldErrors) error).errors().get("name").get(0)).isEqualTo("This field is required.");
        assertThatThrownBy(() -> Tag.checkedName(" ")).isInstanceOf(FieldErrors.class);
        assertThatThrownBy(() -> Tag.checkedName("x".repeat(101))).isInstanceOf(FieldErrors.class);
    }

    @Test
    void theTagsFieldIsAListOfStringsOrAJsonListInAString() throws Exception {
        assertThat(Tags.read(json("[\"red\", \"blue\"]"))).containsExactly("red", "blue");
        assertThat(Tags.read(json("\"[\\\"red\\\"]\""))).containsExactly("red");
        assertThat(Tags.read(json("\"\""))).isEmpty();
        assertThat(Tags.read(json("null"))).isEmpty();
        assertThat(Tags.read(null)).isEmpty();
        assertThat(message(() -> Tags.read(json("\"red, blue\""))))
                .isEqualTo("Invalid json list. A tag list submitted in string form must be valid json.");
        assertThat(message(() -> Tags.read(json("7")))).isEqualTo("Expected a list of items but got type \"int\".");
        assertThat(message(() -> Tags.read(json("{}")))).isEqualTo("Expected a list of items but got type \"dict\".");
        assertThat(message(() -> Tags.read(json("[\"red\", 3]")))).isEqualTo("All list items must be of string type.");
    }

    private interface Reading {
        Object run() throws Exception;
    }

    private static String message(Reading reading) {
        try {
            reading.run();
        } catch (FieldErrors refused) {
            return refused.errors().get("tags").get(0);
        } catch (Exception other) {
            throw new AssertionError(other);
        }
        throw new AssertionError("not refused");
    }
}
