package org.stocktree.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.stocktree.common.units.Units;
import org.stocktree.part.Part;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;
import org.stocktree.platform.imports.TableRow;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.text.SafeMarkdown;

/**
 * Imports {@code company.supplierpart} records: an existing part and supplier, a SKU once per
 * supplier. The pack size in the part's units is recomputed when the record leaves it out.
 */
@ApplicationScoped
public class SupplierPartImporter implements ModelImporter {

    public static final String MODEL = "company.supplierpart";

    @PersistenceContext
    EntityManager em;

    @Inject
    Units units;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Set<String> after() {
        return Set.of(CompanyImporter.MODEL, ManufacturerPartImporter.MODEL, "part.part");
    }

    @Override
    public List<String> tables() {
        return List.of(SupplierPart.TABLE);
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        Long part = record.reference("part");
        Long supplier = record.reference("supplier");
        if (part == null || supplier == null) {
            throw new RecordRejected("fields 'part' and 'supplier' are required");
        }
        String sku = record.requiredText("SKU", 100).strip();
        SupplierPart existing = em.find(SupplierPart.class, pk);
        if (existing != null) {
            if (existing.partId().equals(part) && existing.supplierId().equals(supplier) && existing.getSku().equals(sku)) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already another supplier part; an import never changes one");
        }
        TableRow.require(em, "part_part", "part", part);
        TableRow.require(em, Company.TABLE, "supplier", supplier);
        Long manufacturerPart = record.reference("manufacturer_part");
        if (manufacturerPart != null) {
            TableRow.require(em, "company_manufacturerpart", "manufacturer_part", manufacturerPart);
        }
        if (!em.createNativeQuery("select 1 from " + SupplierPart.TABLE + " where supplier_id = ?1 and sku = ?2")
                .setParameter(1, supplier).setParameter(2, sku).setMaxResults(1).getResultList().isEmpty()) {
            throw new RecordRejected("supplier " + supplier + " already has a part with SKU '" + sku + "'");
        }
        String pack = record.text("pack_quantity", 25);
        BigDecimal nativePack = record.decimal("pack_quantity_native");
        if (nativePack == null) {
            try {
                nativePack = SupplierPart.packInPartUnits(pack, em.find(Part.class, part), units);
            } catch (FieldErrors unreadable) {
                throw new RecordRejected("field 'pack_quantity': " + unreadable.errors().get("pack_quantity").get(0));
            }
        }
        session.claimId(SupplierPart.TABLE, pk);
        TableRow.into(SupplierPart.TABLE)
                .with("id", pk)
                .with("part_id", part)
                .with("supplier_id", supplier)
                .with("manufacturer_part_id", manufacturerPart)
                .with("sku", sku)
                .with("description", record.text("description", 250))
                .with("link", record.text("link", 2000))
                .with("note", record.text("note", 100))
                .with("packaging", record.text("packaging", 50))
                .with("pack_quantity", pack)
                .with("pack_quantity_native", nativePack)
                .with("active", record.bool("active"))
                .with("\"primary\"", record.bool("primary"))
                .with("available", record.decimal("available"))
                .with("availability_updated", record.dateTime("availability_updated"))
                .with("updated", record.dateTime("updated"))
                .with("barcode_data", record.text("barcode_data", 500))
                .with("barcode_hash", record.text("barcode_hash", 128))
                .with("notes", SafeMarkdown.clean(record.text("notes")))
                .with("metadata", record.object("metadata"))
                .insert(em);
        return true;
    }
}
