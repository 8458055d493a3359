package org.stocktree.contract;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.ServerRole;
import org.stocktree.testing.ApiContract;
import org.stocktree.testing.ApiOperations;
import org.stocktree.testing.ApiOperations.Operation;

/**
 * Every API operation Stocktree implements declares who may call it, and that declaration is the
 * one InvenTree's schema gives the operation (its OAuth2 scope: {@code r:view:part} is role
 * {@code part} with permission {@code view}, {@code a:staff} is staff, {@code g:read} is any
 * signed-in caller). Endpoints are found by scanning the compiled resources, so this test covers
 * every endpoint added later without being edited.
 */
class EndpointAccessTest {

    /** Where Stocktree is deliberately stricter than the schema's scope, and why. */
    private static final String STOCK_ADJUSTMENT =
            "InvenTree's stock adjustment views check the stock role (RolePermission); the schema shows g:read";

    private static final Map<String, String> STRICTER = Map.ofEntries(
            Map.entry("/api/background-task/", "InvenTree's background task views require a staff user (IsAdminUser)"),
            Map.entry("/api/part/{id}/bom-copy/", "copying writes BOM lines: InvenTree's role check asks for a permission "
                    + "there too; Stocktree asks for the bom role's add, as creating a line does"),
            Map.entry("/api/bom/{id}/validate/", "signing a BOM line off changes it: the bom role's change permission"),
            Map.entry("/api/stock/count/", STOCK_ADJUSTMENT),
            Map.entry("/api/stock/add/", STOCK_ADJUSTMENT),
            Map.entry("/api/stock/remove/", STOCK_ADJUSTMENT),
            Map.entry("/api/stock/transfer/", STOCK_ADJUSTMENT),
            Map.entry("/api/stock/merge/", STOCK_ADJUSTMENT),
            Map.entry("/api/stock/return/", STOCK_ADJUSTMENT),
            Map.entry("/api/stock/change_status/", STOCK_ADJUSTMENT),
            Map.entry("/api/stock/assign/", STOCK_ADJUSTMENT));

    /** The single-item stock operations, stricter than the schema for the same reason as the adjustments. */
    private static final Map<String, String> STRICTER_ITEM_OPERATIONS = Map.of(
            "/api/stock/{id}/install/", "InvenTree's stock item views check the stock role (RolePermission); the schema shows g:read",
            "/api/stock/{id}/uninstall/", "InvenTree's stock item views check the stock role (RolePermission); the schema shows g:read",
            "/api/stock/{id}/serialize/", "InvenTree's stock item views check the stock role (RolePermission); the schema shows g:read",
            "/api/stock/{id}/convert/", "InvenTree's stock item views check the stock role (RolePermission); the schema shows g:read",
            "/api/stock/{id}/disassemble/", "InvenTree's stock item views check the stock role (RolePermission); the schema shows g:read");

    /**
     * Paths whose role depends on the model named in the path: they admit any signed-in caller
     * and check the model's role themselves, before looking anything up (MetadataIT covers it).
     */
    private static final Map<String, String> ROLE_OF_MODEL_IN_PATH = Map.of(
            "/api/metadata/", "the schema lists every role's scope; the model in the path decides which applies");

    /** Operations outside the schema, and why they exist. */
    private static final Map<String, String> OUTSIDE_SCHEMA = Map.of(
            "GET /api/user/token/", "the token path of older InvenTree clients, still called in the field",
            "GET /api/notifications/readall/", "InvenTree's own web interface marks all read with a GET (the schema "
                    + "lists only POST)",
            "POST /api/system/import/", "loads InvenTree data (a Django fixture) into a running server; InvenTree "
                    + "has no such endpoint (it loads fixtures from the command line), so superusers only");

    /** Operations the schema lists with a scope but InvenTree serves to anyone. */
    private static final Map<String, String> OPEN_DESPITE_SCOPE = Map.of(
            "GET /api/", "clients read server information before signing in (InvenTree: AllowAny)",
            "GET /api/system/health/", "monitors and load balancers probe it without credentials");

    @Test
    void everyOperationDeclaresItsAccessAsTheSchemaDoes() throws Exception {
        List<Operation> operations = ApiOperations.all();
        assertThat(operations).as("resources found by scanning").isNotEmpty();
        Map<String, String> schemaPaths = new HashMap<>();
        ApiContract.paths().forEach(path -> schemaPaths.put(normalized(path), path));

        List<String> problems = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation.declaration() == null) {
                problems.add(operation.name() + " (" + operation.javaMethod() + ") declares no access");
                continue;
            }
            String schemaPath = schemaPaths.get(normalized(operation.path()));
            if (schemaPath == null || !ApiContract.defines(operation.method(), schemaPath)) {
                if (!OUTSIDE_SCHEMA.containsKey(operation.name())) {
                    problems.add(operation.name() + " is not in InvenTree's schema");
                }
                continue;
            }
            String mismatch = compare(operation, schemaPath, ApiContract.scopes(operation.method(), schemaPath));
            if (mismatch != null) {
                problems.add(operation.name() + ": " + mismatch);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static String compare(Operation operation, String schemaPath, List<String> scopes) {
        AnnotatedElement declared = operation.declaration();
        String requiredScope = scopes.stream().filter(scope -> !scope.equals("openid")).findFirst().orElse(null);
        boolean open = declared.isAnnotationPresent(PermitAll.class);
        List<String> roles = declared.isAnnotationPresent(RolesAllowed.class)
                ? List.of(declared.getAnnotation(RolesAllowed.class).value()) : List.of();
        RequiresRole role = declared.getAnnotation(RequiresRole.class);
        if (requiredScope == null) {
            return open ? null : "the schema needs no credentials, but the endpoint is not @PermitAll";
        }
        if (open) {
            return OPEN_DESPITE_SCOPE.containsKey(operation.name()) ? null
                    : "open to anyone, but the schema requires " + requiredScope;
        }
        if (requiredScope.startsWith("r:") && roles.contains(AccessControl.ANY_SIGNED_IN)
                && ROLE_OF_MODEL_IN_PATH.keySet().stream().anyMatch(schemaPath::startsWith)) {
            return null;
        }
        if (requiredScope.startsWith("r:")) {
            // every role scope the schema lists admits the caller, as InvenTree's rule sets do
            java.util.Set<String> expected = new java.util.TreeSet<>();
            scopes.stream().filter(scope -> scope.startsWith("r:")).map(scope -> scope.split(":"))
                    .forEach(parts -> expected.add(parts[2] + "." + parts[1]));
            java.util.Set<String> actual = new java.util.TreeSet<>();
            if (role != null) {
                String grant = AccessControl.requiredGrant(role, operation.method());
                String permission = grant.substring(role.value().length());
                actual.add(grant);
                java.util.Arrays.stream(role.alsoGrantedBy()).forEach(other -> actual.add(other + permission));
            }
            return expected.equals(actual) ? null : "requires " + actual + ", the schema " + expected;
        }
        if (requiredScope.equals("a:staff")) {
            return roles.contains(ServerRole.STAFF) ? null : "must require staff";
        }
        if (requiredScope.equals("a:superuser")) {
            return roles.contains(ServerRole.SUPERUSER) ? null : "must require a superuser";
        }
        if (requiredScope.equals("g:read")) {
            if (roles.contains(AccessControl.ANY_SIGNED_IN)) {
                return null;
            }
            return STRICTER.keySet().stream().anyMatch(schemaPath::startsWith)
                    || STRICTER_ITEM_OPERATIONS.containsKey(schemaPath) ? null
                    : "the schema admits any signed-in caller (g:read), the endpoint is stricter without a reason";
        }
        return "scope " + requiredScope + " is not understood by this test";
    }

    /**
     * A path with its parameters' names and trailing slash dropped: {@code /api/part/{id}/} and
     * {@code /api/part/{pk}} match (the allauth paths have no trailing slash).
     */
    private static String normalized(String path) {
        return path.replaceAll("\\{[^}]+}", "{}").replaceAll("/$", "");
    }
}
