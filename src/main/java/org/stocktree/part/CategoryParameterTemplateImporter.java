package org.stocktree.part;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.stocktree.common.parameters.ParameterTemplate;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;
import org.stocktree.platform.imports.TableRow;

/**
 * Imports {@code part.partcategoryparametertemplate} records (InvenTree's fixtures write the label
 * {@code part.PartCategoryParameterTemplate}; labels are read without case) with their pks. The
 * template is {@code template}, or {@code parameter_template} as InvenTree before 1.0 named it.
 */
@ApplicationScoped
public class CategoryParameterTemplateImporter implements ModelImporter {

    @PersistenceContext
    EntityManager em;

    @Override
    public String model() {
        return "part.partcategoryparametertemplate";
    }

    @Override
    public Set<String> after() {
        return Set.of(CategoryImporter.MODEL, "common.parametertemplate");
    }

    @Override
    public List<String> tables() {
        return List.of("part_partcategoryparametertemplate");
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        long categoryId = required(record.reference("category"), "category");
        String templateField = record.has("template") ? "template" : "parameter_template";
        long templateId = required(record.reference(templateField), templateField);
        if (em.find(PartCategory.class, categoryId) == null) {
            throw new RecordRejected("field 'category': no part category pk " + categoryId);
        }
        if (em.find(ParameterTemplate.class, templateId) == null) {
            throw new RecordRejected("field '" + templateField + "': no parameter template pk " + templateId);
        }
        String defaultValue = Objects.requireNonNullElse(record.text("default_value", 500), "").strip();
        CategoryParameterTemplate stored = em.find(CategoryParameterTemplate.class, pk);
        if (stored != null) {
            if (stored.getCategory().getId() != categoryId || stored.getTemplate().getId() != templateId
                    || !stored.getDefaultValue().equals(defaultValue)) {
                throw new RecordRejected("pk " + pk + " is already another category parameter template; "
                        + "an import never changes a stored row");
            }
            return false;
        }
        List<Long> same = em.createQuery("select t.id from CategoryParameterTemplate t where t.category.id = :category "
                + "and t.template.id = :template", Long.class).setParameter("category", categoryId)
                .setParameter("template", templateId).getResultList();
        if (!same.isEmpty()) {
            throw new RecordRejected("category " + categoryId + " already proposes template " + templateId + " (pk "
                    + same.get(0) + ")");
        }
        session.claimId("part_partcategoryparametertemplate", pk);
        TableRow.into("part_partcategoryparametertemplate").with("id", pk).with("category_id", categoryId)
                .with("template_id", templateId).with("default_value", defaultValue)
                .with("metadata", record.object("metadata")).insert(em);
        return true;
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw new RecordRejected("field '" + field + "' is required");
        }
        return value;
    }
}
