package org.stocktree.platform.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Answers {@code OPTIONS} on every endpoint with Django REST Framework's metadata, as InvenTree
 * does: name, description, the content types, the InvenTree model, and the {@code actions} this
 * caller may take. {@code POST} (on a list) and {@code PUT} (on a detail) list the fields of the
 * endpoint's {@link Form}; {@code GET} and {@code DELETE} appear, empty, when allowed.
 *
 * <p>The caller needs the same access as for reading the endpoint; an action the caller may not
 * take is left out, so a client's forms never offer what the server would refuse.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class OptionsMetadata implements ContainerRequestFilter {

    private static final List<String> PARSES = List.of(
            MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA);

    @Inject
    EndpointCatalog catalog;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return;
        }
        catalog.find(request.getUriInfo().getPath()).ifPresent(endpoint ->
                request.abortWith(answer(endpoint, request.getSecurityContext())));
    }

    private Response answer(EndpointCatalog.Endpoint endpoint, SecurityContext security) {
        Optional<Response> refused = readRefusal(endpoint, security);
        if (refused.isPresent()) {
            return refused.get();
        }
        Map<String, Object> actions = new LinkedHashMap<>();
        for (String verb : List.of(HttpMethod.POST, HttpMethod.PUT)) {
            if (allowed(endpoint, verb, security)) {
                endpoint.formOf(verb).ifPresent(form -> actions.put(verb, form.describe()));
            }
        }
        for (String verb : List.of(HttpMethod.DELETE, HttpMethod.GET)) {
            if (allowed(endpoint, verb, security)) {
                actions.put(verb, Map.of());
            }
        }
        Optional<Form> form = endpoint.formOf(HttpMethod.POST).or(() -> endpoint.formOf(HttpMethod.PUT))
                .or(() -> endpoint.formOf(HttpMethod.PATCH));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", nameOf(endpoint, form));
        metadata.put("description", form.map(Form::description).orElse(""));
        metadata.put("renders", List.of(MediaType.APPLICATION_JSON));
        metadata.put("parses", PARSES);
        form.map(Form::model).ifPresent(model -> metadata.put("model", model));
        metadata.put("actions", actions);
        TreeSet<String> allow = new TreeSet<>(endpoint.methods().keySet());
        allow.add(HttpMethod.OPTIONS);
        if (allow.contains(HttpMethod.GET)) {
            allow.add(HttpMethod.HEAD);
        }
        return Response.ok(metadata, MediaType.APPLICATION_JSON_TYPE).header("Allow", String.join(", ", allow)).build();
    }

    /** OPTIONS needs what reading needs; an endpoint without GET needs any one of its methods. */
    private Optional<Response> readRefusal(EndpointCatalog.Endpoint endpoint, SecurityContext security) {
        Method read = endpoint.methods().get(HttpMethod.GET);
        if (read != null) {
            return AccessControl.refusal(read, endpoint.resource(), HttpMethod.GET, security, servletRequest);
        }
        Optional<Response> first = Optional.empty();
        for (Map.Entry<String, Method> method : endpoint.methods().entrySet()) {
            Optional<Response> refused = AccessControl.refusal(method.getValue(), endpoint.resource(),
                    method.getKey(), security, servletRequest);
            if (refused.isEmpty()) {
                return refused;
            }
            first = first.isPresent() ? first : refused;
        }
        return first;
    }

    private boolean allowed(EndpointCatalog.Endpoint endpoint, String verb, SecurityContext security) {
        Method method = endpoint.methods().get(verb);
        return method != null
                && AccessControl.refusal(method, endpoint.resource(), verb, security, servletRequest).isEmpty();
    }

    /** DRF names a view after its class: "Project Code List", "Project Code Detail". */
    private static String nameOf(EndpointCatalog.Endpoint endpoint, Optional<Form> form) {
        String subject = form.map(Form::title)
                .orElseGet(() -> endpoint.resource().getSimpleName().replaceAll("Resource$", "")
                        .replaceAll("([a-z])([A-Z])", "$1 $2"));
        return subject + (endpoint.isDetail() ? " Detail" : " List");
    }
}
