package org.stocktree.part;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stocktree.common.HasMetadata;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;

/**
 * A test that stock items of a testable part (and of its variants, which inherit it) are put
 * through. Its {@code key}, derived from the name, identifies it in test results, so no two
 * templates of a part and the templates above it share one.
 */
@Entity
@Table(name = "part_parttesttemplate")
@ModelType(app = "part", model = "parttesttemplate", roles = {"part"}, display = "testName")
public class PartTestTemplate extends BaseEntity implements HasMetadata {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id")
    private Part part;

    /** The part's id, read with the row: rows show it without loading the part. */
    @Column(name = "part_id", insertable = false, updatable = false)
    private Long partId;

    @Column(name = "test_name", nullable = false, length = 100)
    private String testName;

    // "key" is a keyword of H2: the column name is quoted.
    @Column(name = "`key`", nullable = false, length = 100)
    private String key = "";

    @Column(length = 100)
    private String description;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private boolean required = true;

    @Column(name = "requires_value", nullable = false)
    private boolean requiresValue;

    @Column(name = "requires_attachment", nullable = false)
    private boolean requiresAttachment;

    @Column(nullable = false, length = 5000)
    private String choices = "";

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    /** The count of its results, from a view read with the page. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "id", insertable = false, updatable = false)
    private TestTemplateTotals totals;

    protected PartTestTemplate() {
    }

    PartTestTemplate(Part part) {
        this.part = part;
    }

    /**
     * Applies checked values, then InvenTree's rules: the part (old and new) must not be locked and
     * must be testable, the name must give a key, choices must differ, and the key must be unique
     * among the part's templates and those of the templates above it.
     */
    void apply(FormValues values, EntityManager em) {
        Part newPart = values.entity("part", Part.class, part);
        refuseLocked(part);
        refuseLocked(newPart);
        if (!newPart.isTestable()) {
            throw FieldErrors.of("part", "Test templates can only be created for testable parts");
        }
        String newName = values.text("test_name", testName).strip();
        String newKey = keyOf(newName);
        if (newKey.isEmpty()) {
            throw FieldErrors.of("test_name", "Invalid template name - must include at least one alphanumeric character");
        }
        String newChoices = values.has("choices") ? values.text("choices", "") : choices;
        newChoices = newChoices == null ? "" : newChoices.strip();
        checkChoices(newChoices);
        checkUniqueKey(newPart, newKey, em);
        part = newPart;
        partId = newPart.getId();
        testName = newName;
        key = newKey;
        description = values.text("description", description);
        enabled = values.bool("enabled", enabled);
        required = values.bool("required", required);
        requiresValue = values.bool("requires_value", requiresValue);
        requiresAttachment = values.bool("requires_attachment", requiresAttachment);
        choices = newChoices;
    }

    /**
     * A new template for a test result that names a test no template of the part (or above it)
     * has, when the setting {@code TEST_UPLOAD_CREATE_TEMPLATE} allows it: the rules of a created
     * template hold, and their problems are reported on the result's {@code test} field.
     */
    public static PartTestTemplate createdForTest(Part part, String testName, EntityManager em) {
        PartTestTemplate template = new PartTestTemplate(part);
        String name = testName.strip();
        if (part.isLocked()) {
            throw FieldErrors.of("test", "Test template cannot be modified - part is locked");
        }
        if (!part.isTestable()) {
            throw FieldErrors.of("test", "Test templates can only be created for testable parts");
        }
        if (keyOf(name).isEmpty()) {
            throw FieldErrors.of("test", "Invalid template name - must include at least one alphanumeric character");
        }
        if (name.length() > 100) {
            throw FieldErrors.of("test", "Ensure this field has no more than 100 characters.");
        }
        template.partId = part.getId();
        template.testName = name;
        template.key = keyOf(name);
        em.persist(template);
        return template;
    }

    /** The same test for another part, as InvenTree's {@code copy_tests_from} makes it. */
    PartTestTemplate copyFor(Part target) {
        PartTestTemplate copy = new PartTestTemplate(target);
        copy.partId = target.getId();
        copy.testName = testName;
        copy.key = key;
        copy.description = description;
        copy.enabled = enabled;
        copy.required = required;
        copy.requiresValue = requiresValue;
        copy.requiresAttachment = requiresAttachment;
        copy.choices = choices;
        return copy;
    }

    /** Why the template may not be deleted, or null when it may: its part is locked. */
    void checkDeletable() {
        refuseLocked(part);
    }

    private static void refuseLocked(Part part) {
        if (part != null && part.isLocked()) {
            throw FieldErrors.general("Test template cannot be modified - part is locked");
        }
    }

    /**
     * InvenTree's test key: the name in lower case without spaces, keeping only characters that
     * may appear in an identifier (letters, digits, underscores), with an underscore in front
     * when it would start with a digit.
     */
    public static String keyOf(String testName) {
        String lower = (testName == null ? "" : testName).strip().toLowerCase(Locale.ROOT).replace(" ", "");
        StringBuilder key = new StringBuilder();
        lower.codePoints().filter(PartTestTemplate::keyCharacter).forEach(key::appendCodePoint);
        if (!key.isEmpty() && !identifierStart(key.codePointAt(0))) {
            key.insert(0, '_');
        }
        return key.toString();
    }

    private static boolean keyCharacter(int codePoint) {
        return !Character.isISOControl(codePoint) && (identifierStart(codePoint) || Character.isLetterOrDigit(codePoint));
    }

    private static boolean identifierStart(int codePoint) {
        return codePoint == '_' || Character.isUnicodeIdentifierStart(codePoint);
    }

    /** Comma-separated choices, each at most once; blank entries are ignored. */
    private static void checkChoices(String choices) {
        Set<String> seen = new HashSet<>();
        for (String choice : choices.split(",")) {
            String trimmed = choice.strip();
            if (!trimmed.isEmpty() && !seen.add(trimmed)) {
                throw FieldErrors.of("choices", "Choices must be unique");
            }
        }
    }

    /** No other template of the part or of a template above it has the key. */
    private void checkUniqueKey(Part target, String newKey, EntityManager em) {
        List<Long> lineage = lineage(target);
        List<Long> clashes = em.createQuery("select t.id from PartTestTemplate t where t.key = :key "
                        + "and t.part.id in :parts and t.id <> :self", Long.class)
                .setParameter("key", newKey).setParameter("parts", lineage)
                .setParameter("self", getId() == null ? -1L : getId()).setMaxResults(1).getResultList();
        if (!clashes.isEmpty()) {
            throw FieldErrors.of("test_name", "Test template with the same key already exists for part");
        }
    }

    /** The part and the templates above it, root first, from its variant-tree path. */
    public static List<Long> lineage(Part part) {
        List<Long> ids = new java.util.ArrayList<>();
        for (String id : part.treePath().value().split("/")) {
            if (!id.isEmpty() && !id.equals("-")) {
                ids.add(Long.parseLong(id));
            }
        }
        if (ids.isEmpty()) {
            ids.add(part.getId());
        }
        return ids;
    }

    public Part getPart() {
        return part;
    }

    public Long partId() {
        return partId;
    }

    public String getTestName() {
        return testName;
    }

    public String getKey() {
        return key;
    }

    public String getDescription() {
        return description;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isRequiresValue() {
        return requiresValue;
    }

    public boolean isRequiresAttachment() {
        return requiresAttachment;
    }

    /** Test results recorded against it; none for a template not yet saved. */
    public long results() {
        return totals == null ? 0 : totals.getResults();
    }

    public String getChoices() {
        return choices;
    }

    @Override
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    @Override
    public void replaceMetadata(Map<String, Object> metadata) {
        this.metadata = new LinkedHashMap<>(metadata);
    }
}
