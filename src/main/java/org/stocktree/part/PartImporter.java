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
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.text.SafeMarkdown;

/**
 * Imports {@code part.part} records with their flags, texts and quantities. References to other
 * parts ({@code variant_of}, {@code revision_of}) may point forward and are set once every part is
 * stored; then the variant trees are rebuilt from them, as for categories. InvenTree's MPTT
 * columns are ignored, and so is {@code image}: the file it names is not part of the import.
 */
@ApplicationScoped
public class PartImporter implements ModelImporter {

    static final String MODEL = "part.part";

    @PersistenceContext
    EntityManager em;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Set<String> after() {
        return Set.of(CategoryImporter.MODEL, "auth.user");
    }

    @Override
    public List<String> tables() {
        return List.of(Part.TABLE);
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        String name = record.requiredText("name", 100);
        Part existing = em.find(Part.class, pk);
        if (existing != null) {
            if (existing.getName().equals(name)) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already the part '" + existing.getName()
                    + "'; an import never changes an existing part");
        }
        Long category = record.reference("category");
        if (category != null) {
            TableRow.require(em, PartCategory.TABLE, "category", category);
        }
        Long creationUser = record.reference("creation_user");
        if (creationUser != null) {
            TableRow.require(em, "auth_user", "creation_user", creationUser);
        }
        session.claimId(Part.TABLE, pk);
        TableRow.into(Part.TABLE)
                .with("id", pk)
                .with("name", name)
                .with("ipn", record.text("IPN", 100))
                .with("revision", record.text("revision", 100))
                .with("description", record.text("description", 250))
                .with("keywords", record.text("keywords", 250))
                .with("category_id", category)
                .with("units", record.text("units", 20))
                .with("is_template", record.bool("is_template"))
                .with("assembly", record.bool("assembly"))
                .with("component", record.bool("component"))
                .with("trackable", record.bool("trackable"))
                .with("testable", record.bool("testable"))
                .with("purchaseable", record.bool("purchaseable"))
                .with("salable", record.bool("salable"))
                .with("virtual", record.bool("virtual"))
                .with("consumable", record.bool("consumable"))
                .with("active", record.bool("active"))
                .with("locked", record.bool("locked"))
                .with("link", record.text("link", 2000))
                .with("notes", SafeMarkdown.clean(record.text("notes")))
                .with("barcode_data", record.text("barcode_data", 500))
                .with("barcode_hash", record.text("barcode_hash", 128))
                .with("creation_date", record.date("creation_date"))
                .with("creation_user_id", creationUser)
                .with("default_expiry", record.integer("default_expiry"))
                .with("minimum_stock", record.decimal("minimum_stock"))
                .with("maximum_stock", record.decimal("maximum_stock"))
                .with("metadata", record.object("metadata"))
                .insert(em);
        return true;
    }

    /** The references that may point forward: other parts, owners, stock locations. */
    @Override
    public void link(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        if (!session.wrote(MODEL, pk)) {
            return;
        }
        for (String field : List.of("variant_of", "revision_of")) {
            Long target = record.reference(field);
            if (target != null) {
                if (target == pk) {
                    throw new RecordRejected("field '" + field + "': a part cannot refer to itself");
                }
                TableRow.require(em, Part.TABLE, field, target);
                TableRow.link(em, Part.TABLE, pk, field + "_id", target);
            }
        }
        Long responsible = record.reference("responsible");
        if (responsible != null) {
            TableRow.require(em, "users_owner", "responsible", responsible);
            TableRow.link(em, Part.TABLE, pk, "responsible_id", responsible);
        }
        Long location = record.reference("default_location");
        if (location != null) {
            TableRow.link(em, Part.TABLE, pk, "default_location_id", location);
        }
    }

    @Override
    public void finish(ImportSession session) {
        try {
            TreePath.rebuild(em, Part.TABLE, "variant_of_id", null, null);
        } catch (IllegalStateException cycle) {
            throw FieldErrors.general(MODEL + ": the parts' variant_of references form a cycle (" + cycle.getMessage() + ")");
        }
    }
}
