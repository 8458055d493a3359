package org.stocktree.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.HttpMethod;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.ApiOperations;
import org.stocktree.testing.ApiOperations.Operation;

/**
 * Every operation that takes a body reads it through a {@link Form} it names with {@link Submits},
 * so that OPTIONS describes it and its fields follow DRF's rules. Resources are found by scanning
 * the compiled classes, so an endpoint added later without a form fails here.
 */
class FormCoverageTest {

    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    /** Operations whose body is no form, and why. */
    private static final Map<String, String> WITHOUT_FORM = Map.of(
            "POST /api/auth/v1/auth/login/", "the browser sign-in of allauth's headless API: credentials answered "
                    + "in allauth's own error shape, not a DRF serializer",
            "POST /api/notifications/readall/", "an action on the caller's notifications that reads no body",
            "POST /api/system/import/", "the body is a whole Django fixture file (YAML or JSON records), not fields");

    @Test
    void everyOperationTakingABodyNamesTheFormItReads() {
        List<String> problems = new ArrayList<>();
        List<Operation> writes = ApiOperations.all().stream().filter(operation -> WRITES.contains(operation.method()))
                .toList();
        assertThat(writes).as("writing operations found by scanning").isNotEmpty();
        for (Operation operation : writes) {
            Submits submits = operation.javaMethod().getAnnotation(Submits.class);
            if (submits == null) {
                if (!WITHOUT_FORM.containsKey(operation.name())) {
                    problems.add(operation.name() + " (" + operation.javaMethod()
                            + ") reads its body without @Submits");
                }
                continue;
            }
            if (WITHOUT_FORM.containsKey(operation.name())) {
                problems.add(operation.name() + " has a form now: take it off the list of exceptions");
            }
            String missing = formProblem(operation.javaMethod().getDeclaringClass(), submits.value());
            if (missing != null) {
                problems.add(operation.name() + ": " + missing);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyExceptionNamesAnOperationThatExists() {
        List<String> names = ApiOperations.all().stream().map(Operation::name).toList();
        assertThat(names).containsAll(WITHOUT_FORM.keySet());
    }

    /** Why the named field cannot serve as the form, or null when it can. */
    private static String formProblem(Class<?> resource, String fieldName) {
        try {
            Field field = resource.getDeclaredField(fieldName);
            if (!Modifier.isStatic(field.getModifiers()) || !Modifier.isFinal(field.getModifiers())
                    || field.getType() != Form.class) {
                return fieldName + " of " + resource.getSimpleName() + " is not a static final Form";
            }
            field.setAccessible(true);
            return field.get(null) == null ? fieldName + " of " + resource.getSimpleName() + " is null" : null;
        } catch (NoSuchFieldException missing) {
            return resource.getSimpleName() + " has no form " + fieldName;
        } catch (IllegalAccessException unreadable) {
            return fieldName + " of " + resource.getSimpleName() + " cannot be read";
        }
    }
}
