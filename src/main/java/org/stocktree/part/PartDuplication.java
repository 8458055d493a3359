package org.stocktree.part;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.stocktree.common.parameters.Parameters;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.users.User;

/**
 * What a new part takes from the part it duplicates ({@code duplicate} of a part's creation): its
 * image, BOM, notes, test templates and parameters, as the options choose, in the creation's
 * own transaction.
 */
@ApplicationScoped
class PartDuplication {

    /** What {@code duplicate} holds, with InvenTree's defaults. */
    static final Form FORM = Form.of("Duplicate Part", "Copy initial data from another Part.", null,
            FormField.related("original", Part.class, PartResource.MODEL, "/api/part/").required()
                    .help("Select instance to duplicate"),
            FormField.bool("copy_image").defaultValue(false).help("Copy image from original part"),
            FormField.bool("copy_bom").defaultValue(false).help("Copy bill of materials from original part"),
            FormField.bool("copy_notes").defaultValue(true).help("Copy notes from original part"),
            FormField.bool("copy_tests").defaultValue(false).help("Copy test templates from original part"),
            FormField.bool("copy_parameters").defaultValue(true).help("Copy parameters from the original item"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Boms boms;

    @Inject
    Parameters parameters;

    /**
     * Checks what a client sent as {@code duplicate}, before anything is written; errors are
     * reported on {@code duplicate}, each naming its field.
     */
    FormValues read(JsonNode sent) {
        if (sent == null || !sent.isObject()) {
            throw FieldErrors.of("duplicate", "Expected a dictionary of items but got type \""
                    + (sent == null ? "null" : sent.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)) + "\".");
        }
        try {
            return FORM.read(sent, Form.Mode.CREATE, em);
        } catch (FieldErrors invalid) {
            List<String> messages = new ArrayList<>();
            invalid.errors().forEach((field, problems) -> problems.forEach(problem ->
                    messages.add(FieldErrors.NON_FIELD_ERRORS.equals(field) ? problem : field + ": " + problem)));
            throw FieldErrors.of(Map.of("duplicate", messages));
        }
    }

    /**
     * Copies from the original into the stored new part. A BOM is copied only into an assembly and
     * test templates only into a testable part, the parts that may hold them; a test whose key the
     * new part has already is not copied twice.
     */
    void copy(FormValues options, Part target, User caller) {
        Part original = options.entity("original", Part.class, null);
        if (options.bool("copy_notes", true)) {
            target.takeNotes(original.getNotes());
        }
        if (options.bool("copy_image", false) && original.getImage() != null) {
            target.showImage(original.getImage()); // shared: removed only once no part shows it
        }
        if (options.bool("copy_bom", false) && target.isAssembly()) {
            boms.copy(target, original, false, false, false, true);
        }
        if (options.bool("copy_tests", false) && target.isTestable()) {
            copyTests(original, target);
        }
        if (options.bool("copy_parameters", true)) {
            parameters.copyAll(PartResource.MODEL, original.getId(), target.getId(), caller);
        }
    }

    private void copyTests(Part original, Part target) {
        List<PartTestTemplate> tests = em.createQuery("select t from PartTestTemplate t where t.part = :part "
                + "order by t.id", PartTestTemplate.class).setParameter("part", original).getResultList();
        Set<String> keys = em.createQuery("select t from PartTestTemplate t where t.part = :part",
                PartTestTemplate.class).setParameter("part", target).getResultStream()
                .map(PartTestTemplate::getKey).collect(Collectors.toSet());
        for (PartTestTemplate test : tests) {
            if (keys.add(test.getKey())) {
                em.persist(test.copyFor(target));
            }
        }
    }
}
