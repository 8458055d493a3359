package org.stocktree.platform.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Enforces the access every endpoint declares, before the endpoint runs.
 *
 * <p>An endpoint declares {@code @PermitAll} (anyone), {@code @RolesAllowed("**")} (any signed-in
 * caller), {@code @RolesAllowed({...})} (a caller holding one of the server roles, e.g. staff) or
 * {@link RequiresRole} (a caller whose groups grant the role's permission for this HTTP method);
 * a method annotation overrides its class's. Superusers pass every check. An endpoint that
 * declares nothing is refused: access is never granted by omission. Answers follow Django REST
 * Framework: 401 without credentials, 403 without the permission.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessControl implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AccessControl.class.getName());

    /** The {@code @RolesAllowed} value that admits any authenticated caller. */
    public static final String ANY_SIGNED_IN = "**";

    /**
     * Request attribute set by an authentication mechanism that was given credentials it rejects,
     * holding a {@link Rejection}; such a request is refused whatever the endpoint.
     */
    public static final String CREDENTIALS_REJECTED = "org.stocktree.credentials-rejected";

    /** Why credentials were refused: 401 for wrong ones, 429 while a name is locked out. */
    public record Rejection(int status, String detail) {

        public static Rejection invalid(String detail) {
            return new Rejection(401, detail);
        }

        public static Rejection throttled() {
            return new Rejection(429, "Too many failed sign-in attempts. Try again later.");
        }
    }

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() == null) {
            return; // no endpoint matched: the 404/405 answer needs no permission
        }
        refusal(resource.getResourceMethod(), resource.getResourceClass(), request.getMethod(),
                request.getSecurityContext(), servletRequest).ifPresent(request::abortWith);
    }

    /**
     * Why a caller may not call an endpoint method with an HTTP verb, as the answer to give; empty
     * when the caller may. Also used to decide what OPTIONS offers a caller.
     */
    public static Optional<Response> refusal(Method method, Class<?> type, String httpMethod,
            SecurityContext security, HttpServletRequest servletRequest) {
        if (servletRequest.getAttribute(CREDENTIALS_REJECTED) instanceof Rejection rejected) {
            return Optional.of(refusal(Response.Status.fromStatusCode(rejected.status()), rejected.detail()));
        }
        AnnotatedElement declared = declaring(method, type);
        if (declared == null || declared.isAnnotationPresent(DenyAll.class)) {
            if (declared == null) {
                LOG.severe(() -> "Endpoint declares no access rule and is refused: " + method);
            }
            return Optional.of(refusal(Response.Status.FORBIDDEN, "You do not have permission to perform this action."));
        }
        if (declared.isAnnotationPresent(PermitAll.class)) {
            return Optional.empty();
        }
        if (security.getUserPrincipal() == null) {
            return Optional.of(refusal(Response.Status.UNAUTHORIZED, "Authentication credentials were not provided."));
        }
        boolean allowed = security.isUserInRole(ServerRole.SUPERUSER) || granted(declared, httpMethod, security);
        return allowed ? Optional.empty()
                : Optional.of(refusal(Response.Status.FORBIDDEN, "You do not have permission to perform this action."));
    }

    private static boolean granted(AnnotatedElement declared, String httpMethod, SecurityContext security) {
        RequiresRole role = declared.getAnnotation(RequiresRole.class);
        if (role != null) {
            String permission = requiredGrant(role, httpMethod).substring(role.value().length());
            return security.isUserInRole(role.value() + permission)
                    || Arrays.stream(role.alsoGrantedBy()).anyMatch(other -> security.isUserInRole(other + permission));
        }
        String[] roles = declared.getAnnotation(RolesAllowed.class).value();
        return Arrays.asList(roles).contains(ANY_SIGNED_IN) || Arrays.stream(roles).anyMatch(security::isUserInRole);
    }

    /** The security role a {@link RequiresRole} endpoint needs for the HTTP method: {@code part.change}. */
    public static String requiredGrant(RequiresRole role, String httpMethod) {
        String permission = role.permission().isEmpty() ? permissionFor(httpMethod) : role.permission();
        return role.value() + "." + permission;
    }

    static String permissionFor(String httpMethod) {
        return switch (httpMethod) {
            case "POST" -> "add";
            case "PUT", "PATCH" -> "change";
            case "DELETE" -> "delete";
            default -> "view";
        };
    }

    /** The method if it declares access, else its class if that does, else null. */
    private static AnnotatedElement declaring(Method method, Class<?> type) {
        if (declares(method)) {
            return method;
        }
        return declares(type) ? type : null;
    }

    private static boolean declares(AnnotatedElement element) {
        return element.isAnnotationPresent(PermitAll.class) || element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(RequiresRole.class) || element.isAnnotationPresent(DenyAll.class);
    }

    private static Response refusal(Response.Status status, String detail) {
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("detail", detail));
        if (status == Response.Status.UNAUTHORIZED) {
            // "Token" rather than "Basic": browsers would otherwise pop up their own login dialog.
            answer.header("WWW-Authenticate", "Token");
        }
        return answer.build();
    }
}
