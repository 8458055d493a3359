package org.stocktree.part;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;
import org.stocktree.platform.imports.TableRow;
import org.stocktree.platform.rest.FieldErrors;

/**
 * Imports {@code part.partcategory} records. InvenTree's MPTT columns ({@code lft}, {@code rght},
 * {@code tree_id}, {@code level}) are ignored: once every category is stored, the paths, levels
 * and pathstrings are rebuilt from the parent links, whatever order the records came in.
 */
@ApplicationScoped
public class CategoryImporter implements ModelImporter {

    static final String MODEL = "part.partcategory";

    @PersistenceContext
    EntityManager em;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public List<String> tables() {
        return List.of(PartCategory.TABLE);
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        String name = record.requiredText("name", 100);
        PartCategory existing = em.find(PartCategory.class, pk);
        if (existing != null) {
            if (existing.getName().equals(name)) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already the category '" + existing.getName()
                    + "'; an import never changes an existing category");
        }
        session.claimId(PartCategory.TABLE, pk);
        TableRow.into(PartCategory.TABLE)
                .with("id", pk)
                .with("name", name)
                .with("description", record.text("description", 250))
                .with("default_keywords", record.text("default_keywords", 250))
                .with("structural", record.bool("structural"))
                .with("icon", record.text("icon", 100))
                .with("metadata", record.object("metadata"))
                .insert(em);
        return true;
    }

    @Override
    public void link(FixtureRecord record, ImportSession session) {
        if (!session.wrote(MODEL, record.id())) {
            return;
        }
        Long parent = record.reference("parent");
        if (parent != null) {
            TableRow.require(em, PartCategory.TABLE, "parent", parent);
            TableRow.link(em, PartCategory.TABLE, record.id(), "parent_id", parent);
        }
        Long location = record.reference("default_location");
        if (location != null) {
            TableRow.link(em, PartCategory.TABLE, record.id(), "default_location_id", location);
        }
    }

    @Override
    public void finish(ImportSession session) {
        try {
            TreePath.rebuild(em, PartCategory.TABLE, "parent_id", "name", "pathstring");
        } catch (IllegalStateException cycle) {
            throw FieldErrors.general(MODEL + ": the categories' parents form a cycle (" + cycle.getMessage() + ")");
        }
    }
}
