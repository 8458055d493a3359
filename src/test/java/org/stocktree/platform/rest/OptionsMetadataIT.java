package org.stocktree.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.common.StatusClasses;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiOperations;

/** OPTIONS describes every endpoint in DRF's shape, offering only the actions the caller may take. */
@Tag("h2")
class OptionsMetadataIT {

    @Test
    void describesTheFieldsOfTheFormTheEndpointReads() {
        Api.asAdmin().options("/api/project-code/").then().statusCode(200)
                .body("name", equalTo("Project Code List"))
                .body("model", equalTo("projectcode"))
                .body("renders", equalTo(List.of("application/json")))
                .body("actions", hasKey("GET"))
                .body("actions.POST.code.type", equalTo("string"))
                .body("actions.POST.code.required", equalTo(true))
                .body("actions.POST.code.max_length", equalTo(50))
                .body("actions.POST.code.label", equalTo("Project Code"))
                .body("actions.POST.active.default", equalTo(true))
                .body("actions.POST.responsible.type", equalTo("related field"))
                .body("actions.POST.responsible.model", equalTo("owner"))
                .body("actions.POST.responsible.api_url", equalTo("/api/user/owner/"))
                .body("actions.POST.pk.read_only", equalTo(true));
        Api.asAdmin().options("/api/project-code/1/").then().statusCode(200)
                .body("name", equalTo("Project Code Detail"))
                .body("actions", hasKey("PUT"))
                .body("actions", hasKey("DELETE"))
                .body("actions", not(hasKey("POST")));
        Api.asAdmin().options("/api/user/").then().statusCode(200)
                .body("actions.POST.group_ids.type", equalTo("list"))
                .body("actions.POST.group_ids.child.type", equalTo("integer"))
                .body("actions.POST.email.type", equalTo("email"));
        Api.asAdmin().options("/api/user/me/profile/").then().statusCode(200)
                .body("actions.PUT.type.type", equalTo("choice"))
                .body("actions.PUT.type.choices.value", equalTo(List.of("bot", "internal", "external", "guest")));
    }

    @Test
    void describesUnitsTagsCustomStatesNotificationsAndMetadataFromTheirForms() {
        Api.asAdmin().options("/api/units/").then().statusCode(200)
                .body("name", equalTo("Custom Unit List"))
                .body("model", equalTo("customunit"))
                .body("actions.POST.name.max_length", equalTo(50))
                .body("actions.POST.name.required", equalTo(true))
                .body("actions.POST.name.help_text", equalTo("Unit name"))
                .body("actions.POST.symbol.max_length", equalTo(10))
                .body("actions.POST.symbol.required", equalTo(false))
                .body("actions.POST.symbol.label", equalTo("Symbol"))
                .body("actions.POST.definition.max_length", equalTo(50))
                .body("actions.POST.definition.required", equalTo(true))
                .body("actions.POST.pk.read_only", equalTo(true));
        Api.asAdmin().options("/api/units/1/").then().statusCode(200)
                .body("actions.PUT.definition.help_text", equalTo("Unit definition"));

        Api.asAdmin().options("/api/tag/").then().statusCode(200)
                .body("model", equalTo("tag"))
                .body("actions.POST.name.max_length", equalTo(100))
                .body("actions.POST.name.required", equalTo(true))
                .body("actions.POST.slug.read_only", equalTo(true));

        Api.asAdmin().options("/api/generic/status/custom/").then().statusCode(200)
                .body("name", equalTo("Custom State List"))
                .body("model", equalTo("inventreecustomuserstatemodel"))
                .body("actions.POST.reference_status.type", equalTo("choice"))
                .body("actions.POST.reference_status.label", equalTo("Reference Status Set"))
                .body("actions.POST.reference_status.choices.value", equalTo(StatusClasses.referenceable()))
                .body("actions.POST.reference_status.choices.value", hasItem("StockStatus"))
                .body("actions.POST.reference_status.choices.value", not(hasItem("LabelPrinterStatus")))
                .body("actions.POST.color.type", equalTo("choice"))
                .body("actions.POST.color.default", equalTo("secondary"))
                .body("actions.POST.color.choices.value", equalTo(List.of("primary", "secondary", "success", "danger",
                        "warning", "info", "dark")))
                .body("actions.POST.key.type", equalTo("integer"))
                .body("actions.POST.key.label", equalTo("Value"))
                .body("actions.POST.name.max_length", equalTo(250))
                .body("actions.POST.model.type", equalTo("related field"))
                .body("actions.POST.model.model", equalTo("contenttype"))
                .body("actions.POST.model.api_url", equalTo("/api/contenttype/"))
                .body("actions.POST.model.required", equalTo(false))
                .body("actions.POST.model_name.read_only", equalTo(true));

        Api.asAdmin().options("/api/notifications/1/").then().statusCode(200)
                .body("name", equalTo("Notification Detail"))
                .body("model", equalTo("notificationmessage"))
                .body("actions.PUT.read.type", equalTo("boolean"))
                .body("actions.PUT.read.required", equalTo(true))
                .body("actions.PUT.read.read_only", equalTo(false))
                .body("actions.PUT.category.read_only", equalTo(true))
                .body("actions.PUT.category.max_length", equalTo(250))
                .body("actions.PUT.message.read_only", equalTo(true))
                .body("actions.PUT.user.read_only", equalTo(true))
                .body("actions", hasKey("DELETE"));

        Api.asAdmin().options("/api/metadata/projectcode/1/").then().statusCode(200)
                .body("actions.PUT.metadata.type", equalTo("field"))
                .body("actions.PUT.metadata.required", equalTo(true))
                .body("$", not(hasKey("model")));
    }

    @Test
    void offersOnlyWhatTheCallerMayDo() {
        String user = "options-" + UUID.randomUUID().toString().substring(0, 8);
        int id = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", user)).post("/api/user/")
                .then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "options-password-1"))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);

        Api.as(user, "options-password-1").options("/api/project-code/").then().statusCode(200)
                .body("actions", hasKey("GET"))
                .body("actions", not(hasKey("POST")));
        Api.as(user, "options-password-1").options("/api/project-code/1/").then().statusCode(200)
                .body("actions", not(hasKey("PUT")))
                .body("actions", not(hasKey("DELETE")));
        Api.as(user, "options-password-1").options("/api/user/me/").then().statusCode(200)
                .body("actions", hasKey("PUT"));
        Api.as(user, "options-password-1").options("/api/background-task/").then().statusCode(403);
        Api.as(user, "options-password-1").options("/api/settings/global/INVENTREE_INSTANCE/").then().statusCode(200)
                .body("actions", not(hasKey("PUT")));
        Api.as(user, "options-password-1").options("/api/settings/user/SEARCH_REGEX/").then().statusCode(200)
                .body("actions.PUT.value.type", equalTo("string"))
                .body("actions.PUT.value.read_only", equalTo(false))
                .body("actions.PUT.key.read_only", equalTo(true));
        Api.anonymous().options("/api/project-code/").then().statusCode(401);
        Api.asAdmin().options("/api/no-such-endpoint/").then().statusCode(404);
    }

    @Test
    void everyEndpointAnswersOptions() {
        List<String> problems = new ArrayList<>();
        ApiOperations.all().stream().map(ApiOperations.Operation::path).distinct().forEach(path -> {
            String concrete = path.replaceAll("\\{[^}]+}", "1");
            int status = Api.asAdmin().options(concrete).statusCode();
            if (status != 200) {
                problems.add("OPTIONS " + path + " answered " + status);
            }
        });
        assertThat(problems).isEmpty();
    }
}
