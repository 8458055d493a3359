package org.stocktree.part;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;
import org.stocktree.platform.imports.TableRow;

/**
 * Imports {@code part.parttesttemplate} records. The key is derived from the name again, as
 * InvenTree does whenever a template is saved, so a record's stale {@code key} cannot disagree
 * with its name.
 */
@ApplicationScoped
public class PartTestTemplateImporter implements ModelImporter {

    static final String MODEL = "part.parttesttemplate";

    private static final String TABLE = "part_parttesttemplate";

    @PersistenceContext
    EntityManager em;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Set<String> after() {
        return Set.of(PartImporter.MODEL);
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        String name = record.requiredText("test_name", 100).strip();
        Long part = record.reference("part");
        if (part == null) {
            throw new RecordRejected("field 'part' is required");
        }
        PartTestTemplate existing = em.find(PartTestTemplate.class, pk);
        if (existing != null) {
            if (existing.getTestName().equals(name) && part.equals(existing.partId())) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already the test template '" + existing.getTestName()
                    + "'; an import never changes an existing test template");
        }
        TableRow.require(em, Part.TABLE, "part", part);
        String key = PartTestTemplate.keyOf(name);
        if (key.isEmpty()) {
            throw new RecordRejected("field 'test_name': must include at least one alphanumeric character");
        }
        session.claimId(TABLE, pk);
        TableRow.into(TABLE)
                .with("id", pk)
                .with("part_id", part)
                .with("test_name", name)
                .with("\"key\"", key) // H2 reserves the word
                .with("description", record.text("description", 100))
                .with("enabled", record.bool("enabled"))
                .with("required", record.bool("required"))
                .with("requires_value", record.bool("requires_value"))
                .with("requires_attachment", record.bool("requires_attachment"))
                .with("choices", record.text("choices", 5000))
                .with("metadata", record.object("metadata"))
                .insert(em);
        return true;
    }
}
