package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.stocktree.part.Part;
import org.stocktree.part.PartTestTemplate;
import org.stocktree.platform.rest.FieldErrors;

/**
 * Finds the template a test result is for. Clients name it by id ({@code template}); older ones
 * send the test's name ({@code test}), which is matched by its key against the templates of the
 * item's part and of the templates above it. An unknown name is refused, or creates a template
 * for the item's part when {@code TEST_UPLOAD_CREATE_TEMPLATE} is on.
 */
final class TestResultTemplates {

    private final EntityManager em;
    private final boolean createUnknown;

    TestResultTemplates(EntityManager em, boolean createUnknown) {
        this.em = em;
        this.createUnknown = createUnknown;
    }

    /**
     * The template for a result of {@code item}: the one sent, else the one the test name sent
     * names, else {@code current} (an edit that names none); a new result must name one.
     */
    PartTestTemplate resolve(StockItem item, PartTestTemplate sent, String testName, PartTestTemplate current) {
        if (sent != null) {
            return sent;
        }
        if (testName == null || testName.isBlank()) {
            if (current != null) {
                return current;
            }
            throw FieldErrors.general("Template ID or test name must be provided");
        }
        return byName(item.getPart(), testName).orElseGet(() -> {
            if (!createUnknown) {
                throw FieldErrors.of("template", "Test template does not exist");
            }
            return PartTestTemplate.createdForTest(item.getPart(), testName, em);
        });
    }

    /** The template of the part or of a template above it whose key the name gives, nearest first. */
    java.util.Optional<PartTestTemplate> byName(Part part, String testName) {
        return byName(PartTestTemplate.lineage(part), testName);
    }

    /** The template of one of the parts (root first) whose key the name gives, nearest the last first. */
    java.util.Optional<PartTestTemplate> byName(List<Long> lineage, String testName) {
        String key = PartTestTemplate.keyOf(testName);
        if (key.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<PartTestTemplate> found = em.createQuery("select t from PartTestTemplate t where t.key = :key "
                        + "and t.part.id in :parts", PartTestTemplate.class)
                .setParameter("key", key).setParameter("parts", lineage).getResultList();
        // keys are unique along a lineage, but prefer the part's own template should an import break that
        return found.stream().max(java.util.Comparator.comparingInt(template -> lineage.indexOf(template.partId())));
    }
}
