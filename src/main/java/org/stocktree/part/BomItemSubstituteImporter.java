package org.stocktree.part;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;
import org.stocktree.platform.imports.TableRow;

/** Imports {@code part.bomitemsubstitute} records: a line and the part that may stand in for its component. */
@ApplicationScoped
public class BomItemSubstituteImporter implements ModelImporter {

    static final String TABLE = "part_bomitemsubstitute";

    @PersistenceContext
    EntityManager em;

    @Override
    public String model() {
        return "part.bomitemsubstitute";
    }

    @Override
    public Set<String> after() {
        return Set.of(BomItemImporter.MODEL, PartImporter.MODEL);
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        Long bomItem = record.reference("bom_item");
        Long part = record.reference("part");
        if (bomItem == null || part == null) {
            throw new RecordRejected("fields 'bom_item' and 'part' are required");
        }
        BomItemSubstitute existing = em.find(BomItemSubstitute.class, pk);
        if (existing != null) {
            if (Objects.equals(existing.bomItemId(), bomItem) && Objects.equals(existing.partId(), part)) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already another substitute; an import never changes it");
        }
        TableRow.require(em, BomItemImporter.TABLE, "bom_item", bomItem);
        TableRow.require(em, Part.TABLE, "part", part);
        boolean taken = !em.createNativeQuery("select 1 from " + TABLE + " where bom_item_id = ?1 and part_id = ?2")
                .setParameter(1, bomItem).setParameter(2, part).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new RecordRejected("part " + part + " is already a substitute of BOM item " + bomItem);
        }
        session.claimId(TABLE, pk);
        TableRow.into(TABLE)
                .with("id", pk)
                .with("bom_item_id", bomItem)
                .with("part_id", part)
                .with("metadata", record.object("metadata"))
                .insert(em);
        return true;
    }
}
