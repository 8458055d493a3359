package org.stocktree.common.parameters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.stocktree.common.ContentTypes;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;
import org.stocktree.platform.imports.TableRow;

/**
 * Imports {@code common.parameter} records with their pks. The model type is a content type's
 * natural key ({@code [part, part]}) or id; the object it names must take parameters and exist
 * once the import has loaded everything (checked in {@link #link}, as objects may come later).
 * The number of the value is computed as for a new parameter, whatever the record says.
 */
@ApplicationScoped
public class ParameterImporter implements ModelImporter {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentTypes types;

    @Inject
    Parameters parameters;

    @Override
    public String model() {
        return "common.parameter";
    }

    @Override
    public Set<String> after() {
        return Set.of(ParameterTemplateImporter.MODEL, "auth.user", "part.part", "part.partcategory");
    }

    @Override
    public List<String> tables() {
        return List.of("part_partparameter");
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        Long typeId = ParameterTemplateImporter.contentType(record.fields().get("model_type"), types);
        if (typeId == null) {
            throw new RecordRejected("field 'model_type' is required");
        }
        ContentTypes.Entry type = types.byId(typeId).filter(Parameters::takesParameters)
                .orElseThrow(() -> new RecordRejected("field 'model_type': " + Parameters.label(types, typeId)
                        + " does not take parameters in Stocktree"));
        long modelId = required(record.integer("model_id"), "model_id");
        ParameterTemplate template = em.find(ParameterTemplate.class, required(record.reference("template"), "template"));
        if (template == null) {
            throw new RecordRejected("field 'template': no parameter template pk " + record.text("template"));
        }
        String data = record.text("data", 500);
        if (data == null || data.isEmpty()) {
            throw new RecordRejected("field 'data' is required");
        }
        String note = Objects.requireNonNullElse(record.text("note", 500), "");
        OffsetDateTime updated = record.dateTime("updated");
        Long updatedBy = record.reference("updated_by");
        if (updatedBy != null) {
            TableRow.require(em, "auth_user", "updated_by", updatedBy);
        }
        Parameter stored = em.find(Parameter.class, pk);
        if (stored != null) {
            List<String> differences = new ArrayList<>();
            differs(differences, "model_type", type.id(), stored.getModelTypeId());
            differs(differences, "model_id", modelId, stored.getModelId());
            differs(differences, "template", template.getId(), stored.getTemplate().getId());
            differs(differences, "data", data, stored.getData());
            differs(differences, "note", note, stored.getNote());
            if (!differences.isEmpty()) {
                throw new RecordRejected("pk " + pk + " is already another parameter, with other "
                        + String.join(", ", differences) + "; an import never changes a stored row");
            }
            return false;
        }
        List<Long> same = em.createQuery("select p.id from Parameter p where p.modelTypeId = :type and p.modelId = :id "
                        + "and p.template = :template", Long.class).setParameter("type", type.id())
                .setParameter("id", modelId).setParameter("template", template).getResultList();
        if (!same.isEmpty()) {
            throw new RecordRejected("parameter pk " + same.get(0) + " already holds template " + template.getId()
                    + " of " + Parameters.label(types, type.id()) + " " + modelId);
        }
        session.claimId("part_partparameter", pk);
        TableRow.into("part_partparameter").with("id", pk).with("model_type_id", type.id()).with("model_id", modelId)
                .with("template_id", template.getId()).with("data", data)
                .with("data_numeric", parameters.numeric(template, data)).with("note", note).with("updated", updated)
                .with("updated_by_id", updatedBy).with("metadata", record.object("metadata")).insert(em);
        return true;
    }

    /** The object must exist once everything is loaded. */
    @Override
    public void link(FixtureRecord record, ImportSession session) {
        Long typeId = ParameterTemplateImporter.contentType(record.fields().get("model_type"), types);
        ContentTypes.Entry type = types.byId(typeId).orElseThrow();
        long modelId = required(record.integer("model_id"), "model_id");
        if (em.find(type.entity(), modelId) == null) {
            throw new RecordRejected("field 'model_id': no " + Parameters.label(types, type.id()) + " pk " + modelId);
        }
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw new RecordRejected("field '" + field + "' is required");
        }
        return value;
    }

    private static void differs(List<String> differences, String field, Object given, Object stored) {
        if (!Objects.equals(given, stored)) {
            differences.add(field);
        }
    }
}
