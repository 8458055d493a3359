package org.stocktree.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every endpoint of the API, read once from the resource classes: which path templates exist and
 * which HTTP methods each answers, with the Java method behind each. OPTIONS answers from it, so
 * its description can never drift from the endpoints themselves.
 */
@ApplicationScoped
public class EndpointCatalog {

    /** One path template, e.g. {@code project-code/{id}}, and its methods by HTTP verb. */
    public record Endpoint(Class<?> resource, String template, Pattern pattern, Map<String, Method> methods) {

        /** A detail endpoint names one object: its template ends in a path parameter. */
        public boolean isDetail() {
            return template.endsWith("}");
        }

        /** The form a method reads its body with, if it declares one. */
        public Optional<Form> formOf(String httpMethod) {
            Method method = methods.get(httpMethod);
            Submits submits = method == null ? null : method.getAnnotation(Submits.class);
            if (submits == null) {
                return Optional.empty();
            }
            try {
                Field field = resource.getDeclaredField(submits.value());
                field.setAccessible(true);
                return Optional.of((Form) field.get(null));
            } catch (ReflectiveOperationException | ClassCastException missing) {
                throw new IllegalStateException(method + " names a form that is not a static Form field: "
                        + submits.value(), missing);
            }
        }
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w+\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?}");

    @Inject
    BeanManager beans;

    private volatile List<Endpoint> endpoints;

    /** The endpoint whose template matches a path below {@code /api/}, ignoring outer slashes. */
    public Optional<Endpoint> find(String path) {
        String trimmed = trim(path);
        return endpoints().stream().filter(endpoint -> endpoint.pattern().matcher(trimmed).matches()).findFirst();
    }

    private List<Endpoint> endpoints() {
        if (endpoints == null) {
            List<Endpoint> found = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                if (bean.getBeanClass().isAnnotationPresent(Path.class)) {
                    found.addAll(endpointsOf(bean.getBeanClass()));
                }
            }
            // Literal templates before parameterised ones, as JAX-RS prefers the most specific match.
            found.sort(Comparator.comparingInt((Endpoint endpoint) -> -literalLength(endpoint.template()))
                    .thenComparing(Endpoint::template));
            endpoints = List.copyOf(found);
        }
        return endpoints;
    }

    static List<Endpoint> endpointsOf(Class<?> resource) {
        String base = trim(resource.getAnnotation(Path.class).value());
        Map<String, Map<String, Method>> byTemplate = new LinkedHashMap<>();
        for (Method method : resource.getMethods()) {
            String verb = httpMethodOf(method);
            if (verb == null || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String template = sub == null ? base : trim(base + "/" + trim(sub.value()));
            byTemplate.computeIfAbsent(template, key -> new LinkedHashMap<>()).put(verb, method);
        }
        List<Endpoint> endpoints = new ArrayList<>();
        byTemplate.forEach((template, methods) ->
                endpoints.add(new Endpoint(resource, template, patternOf(template), Map.copyOf(methods))));
        return endpoints;
    }

    static Pattern patternOf(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            String own = parameter.group(1);
            regex.append('(').append(own == null ? "[^/]+" : own.strip()).append(')');
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static int literalLength(String template) {
        return PARAMETER.matcher(template).replaceAll("").length();
    }

    private static String trim(String path) {
        String trimmed = path.replaceAll("/{2,}", "/");
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
