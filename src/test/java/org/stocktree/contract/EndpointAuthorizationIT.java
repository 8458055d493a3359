package org.stocktree.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.ServerRole;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiOperations;
import org.stocktree.testing.ApiOperations.Operation;

/**
 * Calls every API operation the server implements as callers who lack and who hold the access it
 * declares, and checks the answer: 401 without credentials, 403 without the role, and neither
 * once the caller holds it. Path parameters name objects that do not exist and bodies are empty,
 * so no call changes data: a caller with access gets 400 or 404 instead.
 */
class EndpointAuthorizationIT {

    /**
     * Sign-in endpoints whose own answers are 401 and 403 (signed out; CSRF header missing):
     * those statuses say nothing about access here. {@code SessionSignInIT} covers them.
     */
    private static final java.util.Set<String> SIGN_IN_PROTOCOL = java.util.Set.of(
            "POST /api/auth/v1/auth/login/", "GET /api/auth/v1/auth/session/", "DELETE /api/auth/v1/auth/session/");

    /**
     * Operations that remove the caller's own account: signed-in callers would delete the users
     * this walk (and the administrator the other tests) depend on, so only the refusal without
     * credentials is checked here; ProfileIT covers the rest.
     */
    private static final java.util.Set<String> REMOVES_THE_CALLER = java.util.Set.of("DELETE /api/user/me/");

    private static final String PASSWORD = "endpoint-walk-password";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String NOBODY = "nobody-" + SUFFIX;
    private static final String HOLDER = "holder-" + SUFFIX;
    private static final String STAFFER = "staffer-" + SUFFIX;

    @BeforeAll
    static void createCallers() {
        int group = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Every role " + SUFFIX))
                .post("/api/user/group/").then().statusCode(201).extract().path("pk");
        List<Integer> ruleSets = Api.asAdmin().get("/api/user/ruleset/?group=" + group).then().extract().path("pk");
        for (int ruleSet : ruleSets) {
            Api.asAdmin().contentType(ContentType.JSON)
                    .body(Map.of("can_view", true, "can_add", true, "can_change", true, "can_delete", true))
                    .patch("/api/user/ruleset/" + ruleSet + "/").then().statusCode(200);
        }
        create(NOBODY, Map.of("username", NOBODY));
        create(HOLDER, Map.of("username", HOLDER, "group_ids", List.of(group)));
        create(STAFFER, Map.of("username", STAFFER, "is_staff", true));
    }

    @Test
    void everyOperationAnswersAsItsDeclaredAccessSays() {
        List<Operation> operations = ApiOperations.all();
        assertThat(operations).hasSizeGreaterThan(20);
        List<String> problems = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation.declaration() == null || operation.declaration().isAnnotationPresent(DenyAll.class)
                    || SIGN_IN_PROTOCOL.contains(operation.name())) {
                continue; // EndpointAccessTest reports undeclared operations
            }
            expect(problems, operation, "anyone", Api::anonymous, !open(operation), 401);
            if (REMOVES_THE_CALLER.contains(operation.name())) {
                continue;
            }
            expect(problems, operation, "a superuser", Api::asAdmin, false, 0);
            if (open(operation) || anySignedIn(operation)) {
                expect(problems, operation, "a user without roles", () -> Api.as(NOBODY, PASSWORD), false, 0);
            } else if (requires(operation, ServerRole.SUPERUSER)) {
                expect(problems, operation, "a staff user", () -> Api.as(STAFFER, PASSWORD), true, 403);
            } else if (requires(operation, ServerRole.STAFF)) {
                expect(problems, operation, "a user with every role", () -> Api.as(HOLDER, PASSWORD), true, 403);
                expect(problems, operation, "a staff user", () -> Api.as(STAFFER, PASSWORD), false, 0);
            } else if (operation.declaration().isAnnotationPresent(RequiresRole.class)) {
                expect(problems, operation, "a user without roles", () -> Api.as(NOBODY, PASSWORD), true, 403);
                expect(problems, operation, "a user with every role", () -> Api.as(HOLDER, PASSWORD), false, 0);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Checks the status: exactly {@code refusal} when refused, anything but 401/403 otherwise. */
    private static void expect(List<String> problems, Operation operation, String caller,
            Supplier<RequestSpecification> as, boolean refused, int refusal) {
        int status = call(as.get(), operation);
        boolean ok = refused ? status == refusal : status != 401 && status != 403;
        if (!ok) {
            problems.add(operation.name() + " as " + caller + ": " + status
                    + (refused ? " (expected " + refusal + ")" : " (expected access)"));
        }
    }

    private static int call(RequestSpecification request, Operation operation) {
        String path = operation.path().replaceAll("\\{[^}]+}", "999999");
        if (!operation.method().equals("GET") && !operation.method().equals("HEAD")) {
            request = request.contentType(ContentType.JSON).body("{}");
        }
        return request.request(operation.method(), path).statusCode();
    }

    private static boolean open(Operation operation) {
        return operation.declaration().isAnnotationPresent(PermitAll.class);
    }

    private static boolean anySignedIn(Operation operation) {
        return requires(operation, AccessControl.ANY_SIGNED_IN);
    }

    private static boolean requires(Operation operation, String role) {
        RolesAllowed allowed = operation.declaration().getAnnotation(RolesAllowed.class);
        return allowed != null && List.of(allowed.value()).contains(role);
    }

    private static void create(String username, Map<String, Object> body) {
        int id = Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/user/").then().statusCode(201)
                .extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", PASSWORD))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
    }
}
