package org.stocktree.common.parameters;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stocktree.common.ContentTypes;
import org.stocktree.common.units.UnitError;
import org.stocktree.common.units.Units;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;
import org.stocktree.platform.imports.TableRow;

/**
 * Imports {@code common.parametertemplate} records with their pks. The model type may be a
 * content type's natural key ({@code [part, part]}, as {@code dumpdata --natural-foreign} and
 * InvenTree's fixtures write it) or a content type id of Stocktree's catalogue. A template whose pk
 * is stored is accepted only when it is the same; a name taken by another pk is a conflict.
 */
@ApplicationScoped
public class ParameterTemplateImporter implements ModelImporter {

    static final String MODEL = "common.parametertemplate";

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentTypes types;

    @Inject
    Units units;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public List<String> tables() {
        return List.of("part_partparametertemplate");
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        String name = record.text("name", 100);
        if (name == null || name.isBlank()) {
            throw new RecordRejected("field 'name' is required");
        }
        String unitText = Objects.requireNonNullElse(record.text("units", 25), "").strip();
        try {
            units.checkUnit(unitText);
        } catch (UnitError invalid) {
            throw new RecordRejected("field 'units': " + invalid.getMessage());
        }
        Long modelType = contentType(record.fields().get("model_type"), types);
        String description = Objects.requireNonNullElse(record.text("description", 250), "");
        boolean checkbox = Boolean.TRUE.equals(record.bool("checkbox"));
        String choices = Objects.requireNonNullElse(record.text("choices", 5000), "").strip();
        boolean enabled = !Boolean.FALSE.equals(record.bool("enabled"));
        int unique = Optional.ofNullable(record.integer("unique")).orElse((long) ParameterTemplate.UNIQUE_NONE).intValue();
        if (unique < 0 || unique > 2) {
            throw new RecordRejected("field 'unique' must be 0, 1 or 2");
        }
        if (record.has("selectionlist")) {
            throw new RecordRejected("field 'selectionlist': selection lists are not supported yet");
        }
        ParameterTemplate stored = em.find(ParameterTemplate.class, pk);
        if (stored != null) {
            List<String> differences = new ArrayList<>();
            differs(differences, "name", name, stored.getName());
            differs(differences, "units", unitText, stored.getUnits());
            differs(differences, "model_type", modelType, stored.getModelTypeId());
            differs(differences, "description", description, stored.getDescription());
            differs(differences, "checkbox", checkbox, stored.isCheckbox());
            differs(differences, "choices", choices, stored.getChoices());
            differs(differences, "enabled", enabled, stored.isEnabled());
            differs(differences, "unique", unique, stored.getUnique());
            if (!differences.isEmpty()) {
                throw new RecordRejected("pk " + pk + " is already the parameter template '" + stored.getName()
                        + "', with other " + String.join(", ", differences) + "; an import never changes a stored row");
            }
            return false;
        }
        List<Long> sameName = em.createQuery("select t.id from ParameterTemplate t where lower(t.name) = lower(:name)",
                Long.class).setParameter("name", name).getResultList();
        if (!sameName.isEmpty()) {
            throw new RecordRejected("the name '" + name + "' already belongs to parameter template pk " + sameName.get(0));
        }
        session.claimId("part_partparametertemplate", pk);
        TableRow.into("part_partparametertemplate").with("id", pk).with("name", name).with("units", unitText)
                .with("description", description).with("model_type_id", modelType).with("checkbox", checkbox)
                .with("choices", choices).with("enabled", enabled).with("uniqueness", unique)
                .with("metadata", record.object("metadata")).insert(em);
        return true;
    }

    /**
     * A content type reference as Django writes it: {@code [app_label, model]} (natural key) or a
     * content type id; null for none. One Stocktree's catalogue lacks is refused.
     */
    static Long contentType(JsonNode reference, ContentTypes types) {
        if (reference == null || reference.isNull()) {
            return null;
        }
        if (reference.isArray() && reference.size() == 2) {
            String app = reference.get(0).asText();
            String model = reference.get(1).asText();
            return types.byModel(model).filter(type -> type.appLabel().equals(app)).map(ContentTypes.Entry::id)
                    .orElseThrow(() -> new RecordRejected("field 'model_type': no content type " + app + "." + model));
        }
        if (reference.canConvertToLong() && reference.isIntegralNumber()) {
            return types.byId(reference.asLong()).map(ContentTypes.Entry::id)
                    .orElseThrow(() -> new RecordRejected("field 'model_type': no content type " + reference.asLong()));
        }
        throw new RecordRejected("field 'model_type' must be a content type's natural key [app_label, model] or id");
    }

    private static void differs(List<String> differences, String field, Object given, Object stored) {
        if (!Objects.equals(given, stored)) {
            differences.add(field);
        }
    }
}
