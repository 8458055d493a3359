package org.stocktree.platform.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields an endpoint accepts: the one definition from which a request body is read and
 * checked, and from which OPTIONS describes the endpoint to clients (InvenTree's web interface
 * builds its forms from that description).
 *
 * <p>A resource keeps its form in a {@code static final} field and names it with
 * {@link Submits} on the methods that read it. Reading collects every field's errors before
 * answering, as DRF does, and ignores fields the form does not know and read-only fields,
 * because clients send whole objects back.
 */
public final class Form {

    /** Whether absent required fields are errors: on create and replace, not on a partial update. */
    public enum Mode { CREATE, REPLACE, PARTIAL }

    private final String title;
    private final String description;
    private final String model;
    private final Map<String, FormField> fields = new LinkedHashMap<>();

    private Form(String title, String description, String model, List<FormField> fields) {
        this.title = title;
        this.description = description;
        this.model = model;
        fields.forEach(field -> this.fields.put(field.name(), field));
    }

    /**
     * A form for objects of InvenTree's {@code model} (its model name, e.g. {@code projectcode};
     * null for a form serving objects of many models, as metadata does), titled as clients show
     * it ("Project Code") and described in a sentence.
     */
    public static Form of(String title, String description, String model, FormField... fields) {
        return new Form(title, description, model, List.of(fields));
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String model() {
        return model;
    }

    public FormField field(String name) {
        FormField field = fields.get(name);
        if (field == null) {
            throw new IllegalArgumentException("The form of " + model + " has no field " + name);
        }
        return field;
    }

    /** The fields as DRF metadata lists them, in declaration order. */
    public Map<String, Object> describe() {
        Map<String, Object> described = new LinkedHashMap<>();
        fields.values().forEach(field -> described.put(field.name(), field.describe()));
        return described;
    }

    /**
     * Reads a body: every writable field that was sent, converted and checked, related objects
     * looked up. Throws {@link FieldErrors} with all problems at once; nothing is applied then.
     */
    public FormValues read(JsonNode body, Mode mode, EntityManager em) {
        if (body == null || !body.isObject()) {
            throw FieldErrors.general("Invalid data. Expected a dictionary, but got "
                    + (body == null || body.isNull() ? "NoneType" : body.isArray() ? "list" : "str") + ".");
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> entities = new LinkedHashMap<>();
        for (FormField field : fields.values()) {
            if (field.isReadOnly()) {
                continue;
            }
            if (!body.has(field.name())) {
                if (field.isRequired() && mode != Mode.PARTIAL) {
                    errors.put(field.name(), List.of("This field is required."));
                }
                continue;
            }
            List<String> problems = new ArrayList<>();
            Object value = field.read(body.get(field.name()), problems);
            if (problems.isEmpty() && field.entity() != null) {
                entities.put(field.name(), value == null ? null : lookUp(field, value, em, problems));
            }
            if (problems.isEmpty()) {
                values.put(field.name(), value);
            } else {
                errors.put(field.name(), problems);
            }
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.of(errors);
        }
        return new FormValues(values, entities);
    }

    /** The entity a related field names, or the entities of a list of ids; a missing one is an error. */
    private static Object lookUp(FormField field, Object value, EntityManager em, List<String> problems) {
        if (value instanceof List<?> ids) {
            List<Object> found = new ArrayList<>();
            ids.forEach(id -> found.add(lookUp(field, id, em, problems)));
            return found;
        }
        Object found = em.find(field.entity(), value);
        if (found == null) {
            problems.add("Invalid pk \"" + value + "\" - object does not exist.");
        }
        return found;
    }
}
