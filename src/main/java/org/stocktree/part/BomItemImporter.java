package org.stocktree.part;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;
import org.stocktree.platform.imports.TableRow;

/**
 * Imports {@code part.bomitem} records: the assembly, the component, the amounts, flags and texts
 * as InvenTree stored them (InvenTree checked its rules when they were entered). A line's
 * {@code checksum} is kept, but InvenTree hashes lines differently, so imported lines read as not
 * validated until they are validated again; so do the assemblies' BOMs.
 */
@ApplicationScoped
public class BomItemImporter implements ModelImporter {

    static final String MODEL = "part.bomitem";
    static final String TABLE = "part_bomitem";

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
        Long part = record.reference("part");
        Long subPart = record.reference("sub_part");
        if (part == null || subPart == null) {
            throw new RecordRejected("fields 'part' and 'sub_part' are required");
        }
        BomItem existing = em.find(BomItem.class, pk);
        if (existing != null) {
            if (Objects.equals(existing.partId(), part) && Objects.equals(existing.subPartId(), subPart)) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already a line of another BOM; an import never changes "
                    + "an existing line");
        }
        TableRow.require(em, Part.TABLE, "part", part);
        TableRow.require(em, Part.TABLE, "sub_part", subPart);
        BigDecimal quantity = Objects.requireNonNullElse(record.decimal("quantity"), BigDecimal.ONE);
        String rawAmount = record.text("raw_amount", 25);
        session.claimId(TABLE, pk);
        TableRow.into(TABLE)
                .with("id", pk)
                .with("part_id", part)
                .with("sub_part_id", subPart)
                .with("raw_amount", rawAmount == null || rawAmount.isBlank()
                        ? quantity.stripTrailingZeros().toPlainString() : rawAmount)
                .with("quantity", quantity)
                .with("piece_count", record.integer("piece_count"))
                .with("setup_quantity", record.decimal("setup_quantity"))
                .with("attrition", record.decimal("attrition"))
                .with("rounding_multiple", record.decimal("rounding_multiple"))
                .with("reference", record.text("reference", 5000))
                .with("note", record.text("note", 500))
                .with("optional", record.bool("optional"))
                .with("consumable", record.bool("consumable"))
                .with("inherited", record.bool("inherited"))
                .with("allow_variants", record.bool("allow_variants"))
                .with("checksum", record.text("checksum", 128))
                .with("metadata", record.object("metadata"))
                .insert(em);
        return true;
    }
}
