package org.stocktree.part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/** A category's pathstring is the whole path of names, however deep the tree and long the names. */
@Tag("h2")
class CategoryPathIT {

    private static final int DEPTH = 45;

    @Test
    void deepTreesOfLongNamesKeepTheirWholePath() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        List<String> names = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        Integer parent = null;
        for (int level = 0; level < DEPTH; level++) {
            String name = (token + "-" + level + "-").repeat(10).substring(0, 100);
            names.add(name);
            Map<String, Object> body = new HashMap<>();
            body.put("name", name);
            body.put("parent", parent);
            parent = Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/category/").then()
                    .statusCode(201).body("pathstring", equalTo(String.join("/", names))).extract().path("pk");
            ids.add(parent);
        }
        String deepest = Api.asAdmin().get("/api/part/category/" + parent + "/").then().statusCode(200)
                .body("level", equalTo(DEPTH - 1)).extract().path("pathstring");
        assertThat(deepest).hasSize(DEPTH * 100 + DEPTH - 1).isEqualTo(String.join("/", names));

        // renaming the root rewrites every path below it, still whole
        String renamed = ("R" + token).repeat(12).substring(0, 100);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", renamed))
                .patch("/api/part/category/" + ids.get(0) + "/").then().statusCode(200);
        names.set(0, renamed);
        Api.asAdmin().get("/api/part/category/" + parent + "/").then().statusCode(200)
                .body("pathstring", equalTo(String.join("/", names)));
        int part = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Deep " + token, "category", parent))
                .post("/api/part/").then().statusCode(201).extract().path("pk");
        Api.asAdmin().get("/api/part/" + part + "/?category_detail=true").then().statusCode(200)
                .body("category_detail.pathstring", equalTo(String.join("/", names)));
    }
}
