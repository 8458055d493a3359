package org.stocktree.part;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Related parts: links without direction, never to oneself, once per pair; filters; access. */
@Tag("h2")
class RelatedPartIT {

    private final String prefix = "R" + UUID.randomUUID().toString().substring(0, 6);

    private int part(String name) {
        return PartIT.create(Map.of("name", prefix + " " + name));
    }

    static Response relate(Object first, Object second) {
        return Api.asAdmin().contentType(ContentType.JSON).body(Map.of("part_1", first, "part_2", second))
                .post("/api/part/related/");
    }

    @Test
    void aLinkShowsBothPartsInFull() {
        int plug = part("Plug");
        int socket = part("Socket");
        Response created = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("part_1", plug, "part_2", socket, "note", "mates with")).post("/api/part/related/");
        created.then().statusCode(201)
                .body("part_1", equalTo(plug)).body("part_2", equalTo(socket)).body("note", equalTo("mates with"))
                .body("part_1_detail.name", equalTo(prefix + " Plug"))
                .body("part_2_detail.name", equalTo(prefix + " Socket"));
        ApiContract.assertResponse("post", "/api/part/related/", 201, created.asString());
        int id = created.path("pk");
        Response detail = Api.asAdmin().get("/api/part/related/" + id + "/");
        detail.then().statusCode(200).body("part_2_detail.pk", equalTo(socket));
        ApiContract.assertResponse("get", "/api/part/related/{id}/", 200, detail.asString());
        Response list = Api.asAdmin().get("/api/part/related/?part=" + plug);
        list.then().statusCode(200).body("pk", contains(id));
        ApiContract.assertResponse("get", "/api/part/related/", 200, list.asString());
        Api.asAdmin().get("/api/part/related/99999999/").then().statusCode(404);
    }

    @Test
    void aPartIsNotRelatedToItselfNorTwiceToAnother() {
        int crimp = part("Crimp");
        int wire = part("Wire");
        relate(crimp, crimp).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Part relationship cannot be created between a part and itself"));
        relate(crimp, wire).then().statusCode(201);
        relate(crimp, wire).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("The fields part_1, part_2 must make a unique set."));
        relate(wire, crimp).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Duplicate relationship already exists"));
        relate(crimp, 99999999).then().statusCode(400)
                .body("part_2[0]", equalTo("Invalid pk \"99999999\" - object does not exist."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("part_1", crimp)).post("/api/part/related/").then()
                .statusCode(400).body("part_2[0]", equalTo("This field is required."));
    }

    @Test
    void linksAreEditedAndDeleted() {
        int a = part("A");
        int b = part("B");
        int c = part("C");
        int id = relate(a, b).then().statusCode(201).extract().path("pk");
        relate(c, a).then().statusCode(201);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("note", "changed")).patch("/api/part/related/" + id + "/")
                .then().statusCode(200).body("note", equalTo("changed")).body("part_2", equalTo(b));
        // editing a link onto an existing pair, the other way round, is refused
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("part_1", a, "part_2", c))
                .put("/api/part/related/" + id + "/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Duplicate relationship already exists"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("part_1", b, "part_2", a, "note", ""))
                .put("/api/part/related/" + id + "/").then().statusCode(200).body("part_1", equalTo(b));
        Api.asAdmin().delete("/api/part/related/" + id + "/").then().statusCode(204);
        Api.asAdmin().get("/api/part/related/" + id + "/").then().statusCode(404);
    }

    @Test
    void listFiltersAndThePartListsRelatedFilters() {
        int hub = part("Hub");
        int left = part("Left");
        int right = part("Right");
        int alone = part("Alone");
        int first = relate(hub, left).then().statusCode(201).extract().path("pk");
        int second = relate(right, hub).then().statusCode(201).extract().path("pk");
        Api.asAdmin().get("/api/part/related/?part=" + hub).then().body("pk", contains(first, second));
        Api.asAdmin().get("/api/part/related/?part_1=" + hub).then().body("pk", contains(first));
        Api.asAdmin().get("/api/part/related/?part_2=" + hub).then().body("pk", contains(second));
        Api.asAdmin().get("/api/part/related/?part=" + alone).then().body("size()", equalTo(0));
        Api.asAdmin().get("/api/part/related/?search=" + prefix + " rig").then().body("pk", contains(second));
        Api.asAdmin().get("/api/part/related/?part=99999999").then().statusCode(400);

        String parts = "/api/part/?name_regex=^" + prefix;
        Api.asAdmin().get(parts + "&related=" + hub).then().body("pk", containsInAnyOrder(left, right));
        Api.asAdmin().get(parts + "&related=" + left).then().body("pk", contains(hub));
        Api.asAdmin().get(parts + "&related=" + alone).then().body("size()", equalTo(0));
        Api.asAdmin().get(parts + "&related=99999999").then().body("size()", equalTo(0));
        Api.asAdmin().get(parts + "&exclude_related=" + hub).then()
                .body("pk", containsInAnyOrder(hub, alone));
        Api.asAdmin().get(parts + "&exclude_related=99999999").then().body("size()", equalTo(4));
    }

    @Test
    void deletingAPartDeletesItsLinks() {
        int kept = part("Kept");
        int doomed = part("Doomed");
        int asFirst = relate(doomed, kept).then().statusCode(201).extract().path("pk");
        int other = part("Other");
        int asSecond = relate(other, doomed).then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("active", false)).patch("/api/part/" + doomed + "/")
                .then().statusCode(200);
        Api.asAdmin().delete("/api/part/" + doomed + "/").then().statusCode(204);
        Api.asAdmin().get("/api/part/related/" + asFirst + "/").then().statusCode(404);
        Api.asAdmin().get("/api/part/related/" + asSecond + "/").then().statusCode(404);
        Api.asAdmin().get("/api/part/related/?part=" + kept).then().body("size()", equalTo(0));
    }

    @Test
    void thePartRoleGuardsLinks() {
        int a = part("Guard A");
        int b = part("Guard B");
        int id = relate(a, b).then().statusCode(201).extract().path("pk");
        String viewer = RoleUsers.with("part", "view");
        RoleUsers.as(viewer).get("/api/part/related/" + id + "/").then().statusCode(200);
        RoleUsers.as(viewer).contentType(ContentType.JSON).body(Map.of("part_1", b, "part_2", a))
                .post("/api/part/related/").then().statusCode(403);
        RoleUsers.as(viewer).delete("/api/part/related/" + id + "/").then().statusCode(403);
        String builder = RoleUsers.with("build", "view");
        RoleUsers.as(builder).get("/api/part/related/").then().statusCode(403);
        Api.anonymous().get("/api/part/related/").then().statusCode(401);
        Api.asAdmin().get("/api/part/related/?part=" + a).then().body("part_2", hasItem(b))
                .body("part_2", not(hasItem(a)));
    }
}
