package org.stocktree.company;

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
import org.stocktree.platform.text.SafeMarkdown;

/** Imports {@code company.manufacturerpart} records: an existing part and company, once per part, maker and MPN. */
@ApplicationScoped
public class ManufacturerPartImporter implements ModelImporter {

    static final String MODEL = "company.manufacturerpart";
    private static final String TABLE = "company_manufacturerpart";

    @PersistenceContext
    EntityManager em;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Set<String> after() {
        return Set.of(CompanyImporter.MODEL, "part.part");
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        Long part = record.reference("part");
        Long manufacturer = record.reference("manufacturer");
        if (part == null || manufacturer == null) {
            throw new RecordRejected("fields 'part' and 'manufacturer' are required");
        }
        String mpn = record.text("MPN", 100);
        mpn = mpn == null || mpn.isBlank() ? null : mpn.strip();
        ManufacturerPart existing = em.find(ManufacturerPart.class, pk);
        if (existing != null) {
            if (existing.partId().equals(part) && existing.manufacturerId().equals(manufacturer)
                    && Objects.equals(existing.getMpn(), mpn)) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already another manufacturer part; an import never changes one");
        }
        TableRow.require(em, "part_part", "part", part);
        TableRow.require(em, Company.TABLE, "manufacturer", manufacturer);
        session.claimId(TABLE, pk);
        TableRow.into(TABLE)
                .with("id", pk)
                .with("part_id", part)
                .with("manufacturer_id", manufacturer)
                .with("mpn", mpn)
                .with("description", record.text("description", 250))
                .with("link", record.text("link", 2000))
                .with("barcode_data", record.text("barcode_data", 500))
                .with("barcode_hash", record.text("barcode_hash", 128))
                .with("notes", SafeMarkdown.clean(record.text("notes")))
                .with("metadata", record.object("metadata"))
                .insert(em);
        return true;
    }
}
