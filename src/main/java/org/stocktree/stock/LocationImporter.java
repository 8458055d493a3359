package org.stocktree.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;
import org.stocktree.platform.imports.TableRow;
import org.stocktree.platform.persistence.TreePath;
import org.stocktree.platform.rest.FieldErrors;

/**
 * Imports InvenTree's {@code stock.stocklocation} records. The tree is rebuilt from the parent
 * links once everything is loaded: InvenTree's nested-set numbers ({@code lft}, {@code rght},
 * {@code tree_id}, {@code level}) are ignored, as they may be stale in an export (InvenTree's own
 * fixture gives Drawer_1 under Office level 0).
 */
@ApplicationScoped
public class LocationImporter implements ModelImporter {

    static final String MODEL = "stock.stocklocation";

    @PersistenceContext
    EntityManager em;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public List<String> tables() {
        return List.of(StockLocation.TABLE);
    }

    /** A location already stored with this pk is accepted when its name and parent are the record's. */
    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        String name = record.requiredText("name", 100);
        StockLocation existing = em.find(StockLocation.class, pk);
        if (existing != null) {
            if (existing.getName().equals(name) && Objects.equals(existing.parentId(), record.reference("parent"))) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already the location '" + existing.getPathstring()
                    + "'; an import never changes an existing location");
        }
        session.claimId(StockLocation.TABLE, pk);
        String icon = record.has("custom_icon") ? record.text("custom_icon", 100) : record.text("icon", 100);
        TableRow.into(StockLocation.TABLE)
                .with("id", pk)
                .with("name", name)
                .with("description", record.text("description", 250))
                .with("structural", record.bool("structural"))
                .with("external", record.bool("external"))
                .with("icon", icon == null || icon.isBlank() ? null : icon)
                .with("barcode_data", record.text("barcode_data", 500))
                .with("barcode_hash", record.text("barcode_hash", 128))
                .with("metadata", record.object("metadata"))
                .insert(em);
        return true;
    }

    /** Parents, owners and types may come later in the import: they are set once all are loaded. */
    @Override
    public void link(FixtureRecord record, ImportSession session) {
        if (!session.wrote(MODEL, record.id())) {
            return;
        }
        link(record, "parent", StockLocation.TABLE);
        link(record, "owner", "users_owner");
        link(record, "location_type", "stock_stocklocationtype");
    }

    private void link(FixtureRecord record, String field, String table) {
        Long target = record.reference(field);
        if (target != null) {
            TableRow.require(em, table, field, target);
            TableRow.link(em, StockLocation.TABLE, record.id(), field + "_id", target);
        }
    }

    /** Rebuilds paths, levels, roots and pathstrings of the locations from their parent links. */
    @Override
    public void finish(ImportSession session) {
        try {
            TreePath.rebuild(em, StockLocation.TABLE, "parent_id", "name", "pathstring");
        } catch (IllegalStateException cycle) {
            throw FieldErrors.general(MODEL + ": the locations' parents form a cycle (" + cycle.getMessage() + ")");
        }
    }
}
