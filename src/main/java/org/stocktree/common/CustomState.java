package org.stocktree.common;

import org.stocktree.platform.persistence.ModelType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.stocktree.common.StatusClasses.StatusClass;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;

/**
 * A status value users add to one of the status classes (InvenTree's custom user state): stored
 * as its own {@code key}, shown with its own name, label and colour, and treated everywhere in
 * business logic as the class's own value {@code logical_key}. So a "Quarantined for testing"
 * stock state can behave exactly as Quarantined.
 */
@Entity
@Table(name = "common_inventreecustomuserstatemodel")
@ModelType(app = "common", model = "inventreecustomuserstatemodel")
public class CustomState extends BaseEntity {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    static final int MAX_LENGTH = 250;

    @Column(name = "reference_status", nullable = false, length = MAX_LENGTH)
    private String referenceStatus;

    @Column(name = "logical_key", nullable = false)
    private long logicalKey;

    @Column(name = "state_key", nullable = false)
    private long stateKey;

    @Column(nullable = false, length = MAX_LENGTH)
    private String name;

    @Column(nullable = false, length = MAX_LENGTH)
    private String label;

    @Column(nullable = false, length = 10)
    private String color = StatusColor.SECONDARY.key();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "model_id")
    private ContentType model;

    protected CustomState() {
    }

    static CustomState blank() {
        return new CustomState();
    }

    /** A complete candidate state: what is stored, overlaid with what the client sent. */
    record Values(String referenceStatus, Long logicalKey, Long key, String name, String label, String color,
            ContentType model) {
    }

    /** Which keys and names the reference status already has in other custom states. */
    interface Taken {
        boolean key(String referenceStatus, long key);

        boolean name(String referenceStatus, String name);
    }

    Values values() {
        return new Values(referenceStatus, getId() == null ? null : logicalKey, getId() == null ? null : stateKey,
                name, label, color, model);
    }

    /** The candidate a request makes: what is stored, overlaid with the fields that were sent. */
    Values valuesWith(FormValues sent) {
        Values stored = values();
        return new Values(sent.text("reference_status", stored.referenceStatus()),
                sent.integer("logical_key", stored.logicalKey()), sent.integer("key", stored.key()),
                sent.text("name", stored.name()), sent.text("label", stored.label()),
                sent.text("color", stored.color()),
                sent.entity("model", ContentType.class, stored.model()));
    }

    /**
     * Checks the candidate and takes it, all or nothing, in InvenTree's order: each field on its
     * own (adding to the errors the request's parsing found), then uniqueness within the
     * reference status, then the rules that relate the state to its status class.
     */
    void apply(Values candidate, Map<String, List<String>> errors, Taken taken) {
        Map<String, List<String>> found = new LinkedHashMap<>(errors);
        checkFields(candidate, found);
        if (found.isEmpty()) {
            checkUnique(candidate, taken, found);
        }
        if (found.isEmpty()) {
            checkAgainstStatusClass(candidate).ifPresent(error -> found.put(error.getKey(), List.of(error.getValue())));
        }
        if (!found.isEmpty()) {
            throw FieldErrors.of(found);
        }
        referenceStatus = candidate.referenceStatus();
        logicalKey = candidate.logicalKey();
        stateKey = candidate.key();
        name = candidate.name();
        label = candidate.label();
        color = candidate.color();
        model = candidate.model();
    }

    private static void checkFields(Values candidate, Map<String, List<String>> errors) {
        text(candidate.name(), "name", errors).ifPresent(name -> {
            List<String> problems = nameProblems(name);
            if (!problems.isEmpty()) {
                errors.computeIfAbsent("name", field -> new ArrayList<>()).addAll(problems);
            }
        });
        text(candidate.label(), "label", errors);
        if (candidate.color() != null && StatusColor.byKey(candidate.color()).isEmpty()) {
            errors.computeIfAbsent("color", field -> new ArrayList<>()).add(notAChoice(candidate.color()));
        }
        if (candidate.referenceStatus() != null && !StatusClasses.referenceable().contains(candidate.referenceStatus())) {
            errors.computeIfAbsent("reference_status", field -> new ArrayList<>()).add(notAChoice(candidate.referenceStatus()));
        }
    }

    /** What a name breaks of the rules for names: upper case, and usable as a variable name. */
    static List<String> nameProblems(String name) {
        List<String> problems = new ArrayList<>();
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            problems.add("Value must be uppercase");
        }
        if (!IDENTIFIER.matcher(name).matches()) {
            problems.add("Value must be a valid variable identifier");
        }
        return problems;
    }

    /** A text field's value when it is neither blank nor too long; those are recorded as errors. */
    private static Optional<String> text(String value, String field, Map<String, List<String>> errors) {
        if (value == null || errors.containsKey(field)) {
            return Optional.empty();
        }
        if (value.isBlank()) {
            errors.put(field, new ArrayList<>(List.of("This field may not be blank.")));
            return Optional.empty();
        }
        if (value.length() > MAX_LENGTH) {
            errors.put(field, new ArrayList<>(List.of("Ensure this field has no more than " + MAX_LENGTH + " characters.")));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static void checkUnique(Values candidate, Taken taken, Map<String, List<String>> errors) {
        List<String> clashes = new ArrayList<>();
        if (taken.key(candidate.referenceStatus(), candidate.key())) {
            clashes.add("The fields reference_status, key must make a unique set.");
        }
        if (taken.name(candidate.referenceStatus(), candidate.name())) {
            clashes.add("The fields reference_status, name must make a unique set.");
        }
        if (!clashes.isEmpty()) {
            errors.put(FieldErrors.NON_FIELD_ERRORS, clashes);
        }
    }

    /** The first rule the state breaks against its status class, as field and message. */
    private static Optional<Map.Entry<String, String>> checkAgainstStatusClass(Values candidate) {
        if (candidate.model() == null) {
            return Optional.of(Map.entry("model", "Model must be selected"));
        }
        if (candidate.key().equals(candidate.logicalKey())) {
            return Optional.of(Map.entry("key", "Key must be different from logical key"));
        }
        StatusClass status = StatusClasses.named(candidate.referenceStatus()).orElseThrow();
        if (status.value(candidate.key()).isPresent()) {
            return Optional.of(Map.entry("key", "Key must be different from the logical keys of the reference status"));
        }
        if (status.value(candidate.logicalKey()).isEmpty()) {
            return Optional.of(Map.entry("logical_key", "Logical key must be in the logical keys of the reference status"));
        }
        if (status.hasName(candidate.name())) {
            return Optional.of(Map.entry("name", "Name must be different from the names of the reference status"));
        }
        return Optional.empty();
    }

    private static String notAChoice(String value) {
        return "\"" + value + "\" is not a valid choice.";
    }

    public String getReferenceStatus() {
        return referenceStatus;
    }

    public long getLogicalKey() {
        return logicalKey;
    }

    public long getKey() {
        return stateKey;
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return label;
    }

    public String getColor() {
        return color;
    }

    public ContentType getModel() {
        return model;
    }
}
