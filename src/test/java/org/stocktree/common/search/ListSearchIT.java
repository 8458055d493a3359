package org.stocktree.common.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/**
 * Search terms on the part and stock lists as InvenTree reads them: every term must match
 * (multi-term AND), quoted phrases, regular expressions, whole words, notes on request, and a 400
 * for a regular expression that cannot be read. Every name carries a token of its own, so other
 * tests' rows never match.
 */
@Tag("h2")
class ListSearchIT {

    private static final String T = token();
    private static int redBolt;
    private static int redNut;
    private static int blueBolts;
    private static int green;
    private static int lot7;
    private static int lot8;
    private static int shelved;
    private static int shelvedBolt;

    @BeforeAll
    static void partsAndItems() {
        redBolt = part(Map.of("name", T + " red bolt M3.5"));
        redNut = part(Map.of("name", T + " red nut", "notes", "hidden zebra"));
        blueBolts = part(Map.of("name", T + " blue bolts"));
        green = part(Map.of("name", T + " green M305"));
        lot7 = item(Map.of("part", redBolt, "quantity", 5, "batch", "lot7", "notes", "striped zebra"));
        lot8 = item(Map.of("part", redNut, "quantity", 5, "batch", "lot8"));
        int category = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", T + "Fasteners"))
                .post("/api/part/category/").then().statusCode(201).extract().path("pk");
        int other = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Washers " + T))
                .post("/api/part/category/").then().statusCode(201).extract().path("pk");
        shelved = part(Map.of("name", "Plain washer", "category", other));
        shelvedBolt = part(Map.of("name", "Hex screw", "category", category));
    }

    @Test
    void everyTermMustMatchSomeField() {
        assertThat(parts(T + " red")).containsExactlyInAnyOrder(redBolt, redNut);
        assertThat(parts("red " + T + " bolt")).containsExactly(redBolt);
        assertThat(parts(T + ",nut")).containsExactly(redNut);
        assertThat(items(T + " lot7")).containsExactly(lot7);
        assertThat(items(T + " red")).containsExactlyInAnyOrder(lot7, lot8);
    }

    /** A term may match the part's category's name, alone or beside terms matching the part's own texts. */
    @Test
    void theCategoryNameCountsAsAField() {
        assertThat(parts(T + "fasteners")).containsExactly(shelvedBolt);
        assertThat(parts(T)).contains(shelved, shelvedBolt, redBolt);
        assertThat(parts(T + " washer")).containsExactly(shelved);
        assertThat(parts(T + "FASTENERS hex")).containsExactly(shelvedBolt);
        assertThat(parts(T + "fasteners washer")).isEmpty();
        assertThat(parts(T + "fasten.rs$", "&search_regex=true")).containsExactly(shelvedBolt);
    }

    @Test
    void aQuotedPhraseIsOneTerm() {
        assertThat(parts("\"red bolt\" " + T)).containsExactly(redBolt);
        assertThat(parts("\"bolt red\" " + T)).isEmpty();
        assertThat(items("'red nut' " + T)).containsExactly(lot8);
    }

    @Test
    void regularExpressionsWhenAskedFor() {
        assertThat(parts(T + " nut$|bolts$", "&search_regex=true")).containsExactlyInAnyOrder(redNut, blueBolts);
        assertThat(parts(T + " nut$|bolts$")).isEmpty();
        assertThat(parts(T + " RED.*M3", "&search_regex=1")).containsExactly(redBolt);
        assertThat(items(T + " ^lot[78]$", "&search_regex=true")).containsExactlyInAnyOrder(lot7, lot8);
    }

    @Test
    void wholeWordsWhenAskedFor() {
        assertThat(parts(T + " bolt")).containsExactlyInAnyOrder(redBolt, blueBolts);
        assertThat(parts(T + " BOLT", "&search_whole=true")).containsExactly(redBolt);
        // the term is matched as it is: its dot is no wildcard
        assertThat(parts(T + " M3.5", "&search_whole=true")).containsExactly(redBolt);
        assertThat(parts(T + " M3.5")).containsExactly(redBolt);
        assertThat(items(T + " lot", "&search_whole=true")).isEmpty();
        assertThat(items(T + " lot7", "&search_whole=true")).containsExactly(lot7);
        assertThat(parts(T + " b.lts?", "&search_whole=true&search_regex=true"))
                .containsExactlyInAnyOrder(redBolt, blueBolts);
    }

    @Test
    void notesWhenAskedFor() {
        assertThat(parts(T + " zebra")).isEmpty();
        assertThat(parts(T + " zebra", "&search_notes=true")).containsExactly(redNut);
        assertThat(items(T + " zebra")).isEmpty();
        assertThat(items(T + " zebra", "&search_notes=true")).containsExactly(lot7);
    }

    @Test
    void aRegularExpressionThatCannotBeReadIsRefused() {
        for (String list : List.of("/api/part/", "/api/stock/", "/api/company/", "/api/part/category/")) {
            Api.asAdmin().get(list + "?search=" + T + " ([&search_regex=true&limit=5").then().statusCode(400)
                    .body("$", hasKey("search"));
        }
        if (Api.server().onPostgresql()) {
            // Java reads a possessive quantifier, PostgreSQL refuses it: its refusal is a 400 too
            Api.asAdmin().queryParam("search", T + " a++").get("/api/part/?search_regex=true&limit=5").then().statusCode(400)
                    .body("$", hasKey("search"));
        }
        // unread as a regular expression, the same text is an ordinary term
        Api.asAdmin().get("/api/part/?search=([&limit=5").then().statusCode(200);
    }

    private static List<Integer> parts(String search) {
        return parts(search, "");
    }

    private static List<Integer> parts(String search, String options) {
        return Api.asAdmin().queryParam("search", search).get("/api/part/?limit=50" + options).then().statusCode(200)
                .extract().path("results.pk");
    }

    private static List<Integer> items(String search) {
        return items(search, "");
    }

    private static List<Integer> items(String search, String options) {
        return Api.asAdmin().queryParam("search", search).get("/api/stock/?limit=50" + options).then().statusCode(200)
                .extract().path("results.pk");
    }

    private static int part(Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/").then().statusCode(201)
                .extract().path("pk");
    }

    private static int item(Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/stock/").then().statusCode(201)
                .extract().<List<Integer>>path("pk").get(0);
    }

    /** Letters only, so that the token is one word for whole-word and regular-expression searches. */
    private static String token() {
        Random random = new Random();
        StringBuilder token = new StringBuilder("qz");
        for (int i = 0; i < 8; i++) {
            token.append((char) ('a' + random.nextInt(26)));
        }
        return token.toString();
    }
}
