package org.stocktree.testing;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.stocktree.platform.rest.RequiresRole;

/**
 * Every API operation the server implements, found by scanning the compiled resource classes, with
 * the access declaration that applies to it. Tests that walk "every endpoint" use this, so they
 * cover endpoints added later without being edited.
 */
public final class ApiOperations {

    /** One HTTP method on one path template ({@code /api/user/{id}/}). */
    public record Operation(String method, String path, AnnotatedElement declaration, Method javaMethod) {
        public String name() {
            return method + " " + path;
        }
    }

    private ApiOperations() {
    }

    /** Every resource method under /api, with the access annotation that applies to it. */
    public static List<Operation> all() {
        java.nio.file.Path classes = java.nio.file.Path.of(System.getProperty("stocktree.classes", "target/classes"));
        List<Operation> operations = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/stocktree"))) {
            for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
                String name = classes.relativize(file).toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = load(name.replace('/', '.').replace(".class", ""));
                Path base = type.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String http = httpMethod(method);
                    if (http == null) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    String path = "/api/" + base.value() + "/" + (sub == null ? "" : sub.value()) + "/";
                    path = path.replaceAll("\\{([^:}]+):[^}]*}", "{$1}");
                    operations.add(new Operation(http, path.replaceAll("/+", "/"), declaration(method, type), method));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return operations;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiOperations.class.getClassLoader());
        } catch (ClassNotFoundException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static AnnotatedElement declaration(Method method, Class<?> type) {
        return declares(method) ? method : declares(type) ? type : null;
    }

    private static boolean declares(AnnotatedElement element) {
        return element.isAnnotationPresent(PermitAll.class) || element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(RequiresRole.class) || element.isAnnotationPresent(DenyAll.class);
    }
}
